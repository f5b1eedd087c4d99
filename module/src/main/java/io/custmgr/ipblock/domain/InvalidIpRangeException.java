package io.custmgr.ipblock.domain;

/**
 * The text is not an IP address or CIDR range the module accepts. {@link #getMessageKey()} names the broken rule for
 * the admin's messages; {@link #getMessage()} says it in English.
 */
public class InvalidIpRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public static final String REQUIRED = "BlockedIp_Address_Required";
    public static final String INVALID = "BlockedIp_Address_Invalid";
    public static final String TOO_WIDE = "BlockedIp_Address_TooWide";
    public static final String ALREADY_BLOCKED = "BlockedIp_Address_Taken";

    private final String messageKey;

    public InvalidIpRangeException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
