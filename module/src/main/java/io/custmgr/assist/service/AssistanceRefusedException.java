package io.custmgr.assist.service;

/**
 * "Login as customer" refused for this customer; {@link #getReason()} is one of the {@code AssistanceService}
 * reason codes, which the admin shows as a message. Never holds a token.
 */
public class AssistanceRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public AssistanceRefusedException(String reason) {
        super("Assistance refused: " + reason);
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
