package io.custmgr.maillog.service;

/** The log cannot send this mail again: its stored content lacks the masked link (or was never rendered). */
public class MailNotResendableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotResendableException(String id) {
        super("E-mail " + id + " cannot be resent from the log");
    }
}
