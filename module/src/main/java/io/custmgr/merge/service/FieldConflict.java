package io.custmgr.merge.service;

/** A profile field both customers have, with different values: the merchant picks the one the survivor keeps. */
public final class FieldConflict {

    private final String key;
    private final String label;
    private final String survivorValue;
    private final String absorbedValue;

    public FieldConflict(String key, String label, String survivorValue, String absorbedValue) {
        this.key = key;
        this.label = label;
        this.survivorValue = survivorValue;
        this.absorbedValue = absorbedValue;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getSurvivorValue() {
        return survivorValue;
    }

    public String getAbsorbedValue() {
        return absorbedValue;
    }
}
