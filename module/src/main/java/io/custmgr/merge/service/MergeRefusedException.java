package io.custmgr.merge.service;

/** A merge that must not run; {@link #getReason()} names why (a message key suffix for screens). */
public class MergeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        SAME_CUSTOMER, NOT_FOUND, ALREADY_MERGED, CONFIRMATION_MISMATCH, LOCKED, CHOICE_REQUIRED
    }

    private final Reason reason;

    public MergeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
