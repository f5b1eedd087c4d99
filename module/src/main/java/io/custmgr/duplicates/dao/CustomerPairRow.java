package io.custmgr.duplicates.dao;

/** Two customer ids of a possible duplicate pair, the lower first. */
public final class CustomerPairRow {

    private final long lowId;
    private final long highId;

    public CustomerPairRow(long lowId, long highId) {
        this.lowId = lowId;
        this.highId = highId;
    }

    public long getLowId() {
        return lowId;
    }

    public long getHighId() {
        return highId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerPairRow && ((CustomerPairRow) other).lowId == lowId
                && ((CustomerPairRow) other).highId == highId;
    }

    @Override
    public int hashCode() {
        return (int) (lowId * 31 + highId);
    }
}
