package io.custmgr.merge.service;

/** The two customers of one merge: the survivor keeps its id and gets the absorbed customer's data. */
public final class MergeParties {

    private final long survivorId;
    private final long absorbedId;

    public MergeParties(long survivorId, long absorbedId) {
        this.survivorId = survivorId;
        this.absorbedId = absorbedId;
    }

    public long getSurvivorId() {
        return survivorId;
    }

    public long getAbsorbedId() {
        return absorbedId;
    }
}
