package io.custmgr.merge.service;

/**
 * A field both customers have, with different values: the merchant picks the one the survivor keeps. Unchosen, the
 * survivor's value stays, unless {@link #isChoiceRequired()}: then the merge is refused until the merchant picks.
 */
public final class FieldConflict {

    private final String key;
    private final String label;
    private final String survivorValue;
    private final String absorbedValue;
    private final boolean choiceRequired;

    public FieldConflict(String key, String label, String survivorValue, String absorbedValue) {
        this(key, label, survivorValue, absorbedValue, false);
    }

    public FieldConflict(String key, String label, String survivorValue, String absorbedValue,
            boolean choiceRequired) {
        this.key = key;
        this.label = label;
        this.survivorValue = survivorValue;
        this.absorbedValue = absorbedValue;
        this.choiceRequired = choiceRequired;
    }

    /** @return whether the merge is refused unless the merchant picks a side (no side is preselected) */
    public boolean isChoiceRequired() {
        return choiceRequired;
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
