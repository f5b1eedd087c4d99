package io.custmgr.maillog.service;

/** No e-mail log entry with this id belongs to the customer (the admin answers 404). */
public class MailLogEntryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailLogEntryNotFoundException(String id) {
        super("No e-mail " + id + " for this customer");
    }
}
