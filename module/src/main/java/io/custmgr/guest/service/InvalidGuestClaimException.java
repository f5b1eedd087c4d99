package io.custmgr.guest.service;

/** A claim link that cannot be taken up; {@link #getReason()} is a message key suffix for the shopper. */
public class InvalidGuestClaimException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public InvalidGuestClaimException(String reason) {
        super("Guest claim refused: " + reason);
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
