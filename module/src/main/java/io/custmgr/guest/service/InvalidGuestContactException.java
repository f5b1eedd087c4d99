package io.custmgr.guest.service;

/** A checkout contact the module refuses, with the form field at fault and a message key for the shopper. */
public class InvalidGuestContactException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidGuestContactException(String field, String messageKey, String message) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
