package io.custmgr.group.service;

/** A group that cannot be saved as it is; {@link #getMessageKey()} says why (keys in the admin's messages). */
public class InvalidCustomerGroupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String NAME_REQUIRED = "CustomerGroup_Name_Required";
    public static final String NAME_TOO_LONG = "CustomerGroup_Name_TooLong";
    public static final String NAME_TAKEN = "CustomerGroup_Name_Taken";

    private final String messageKey;

    public InvalidCustomerGroupException(String messageKey, String name) {
        super(messageKey + ": '" + name + "'");
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
