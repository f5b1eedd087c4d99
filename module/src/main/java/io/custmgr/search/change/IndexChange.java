package io.custmgr.search.change;

/** Something committed that changes customer documents: a customer, or an address, phone or group of some. */
public final class IndexChange {

    public enum Kind { CUSTOMER, ADDRESS, PHONE, GROUP }

    private final Kind kind;
    private final long id;

    private IndexChange(Kind kind, long id) {
        this.kind = kind;
        this.id = id;
    }

    public static IndexChange of(Kind kind, long id) {
        return new IndexChange(kind, id);
    }

    public Kind getKind() {
        return kind;
    }

    public long getId() {
        return id;
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
