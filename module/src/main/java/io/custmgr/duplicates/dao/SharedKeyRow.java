package io.custmgr.duplicates.dao;

/** A match key two customers share: the pair, the kind of match and the normalized value. */
public final class SharedKeyRow {

    private final CustomerPairRow pair;
    private final String kind;
    private final String matchKey;

    public SharedKeyRow(CustomerPairRow pair, String kind, String matchKey) {
        this.pair = pair;
        this.kind = kind;
        this.matchKey = matchKey;
    }

    public CustomerPairRow getPair() {
        return pair;
    }

    public String getKind() {
        return kind;
    }

    public String getMatchKey() {
        return matchKey;
    }
}
