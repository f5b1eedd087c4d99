package io.custmgr.merge.service;

/** A confirmed merge: the absorbed customer's e-mail typed by the merchant, and the field choices. */
public final class MergeRequest {

    private final long survivorId;
    private final long absorbedId;
    private final MergeChoices choices;
    private final String typedConfirmation;

    public MergeRequest(long survivorId, long absorbedId, MergeChoices choices, String typedConfirmation) {
        this.survivorId = survivorId;
        this.absorbedId = absorbedId;
        this.choices = choices == null ? MergeChoices.SURVIVOR_WINS : choices;
        this.typedConfirmation = typedConfirmation;
    }

    public long getSurvivorId() { return survivorId; }
    public long getAbsorbedId() { return absorbedId; }
    public MergeChoices getChoices() { return choices; }
    public String getTypedConfirmation() { return typedConfirmation; }
}
