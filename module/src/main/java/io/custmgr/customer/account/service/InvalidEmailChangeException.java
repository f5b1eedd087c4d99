package io.custmgr.customer.account.service;

/** An e-mail change refused: {@link #getReason()} is a message key the storefront shows. */
public class InvalidEmailChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public InvalidEmailChangeException(String reason) {
        super("E-mail change refused: " + reason);
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
