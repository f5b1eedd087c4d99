package io.custmgr.guest.service;

/** A guest profile that cannot become an account; {@link #getReason()} is a message key suffix. */
public class GuestConversionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public GuestConversionException(String reason) {
        super("Guest conversion refused: " + reason);
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
