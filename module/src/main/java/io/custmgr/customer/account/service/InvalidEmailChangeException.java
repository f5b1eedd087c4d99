package io.custmgr.customer.account.service;

/**
 * An e-mail change request refused (malformed, the current or a taken address): {@link #getReason()} is a message key
 * the storefront shows. A refused confirmation link is a {@code MailedLinkRefusedException}.
 */
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
