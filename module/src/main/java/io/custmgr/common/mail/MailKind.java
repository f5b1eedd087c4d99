package io.custmgr.common.mail;

import io.custmgr.common.type.CodedType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an e-mail to a customer is, as the e-mail log names it. The module's mails say so themselves
 * ({@link CustomerMail#about}); Broadleaf's are known by their EmailInfo bean. A host adds its own by creating
 * instances; an unknown code is shown as it is.
 */
public class MailKind extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, MailKind> KINDS = new LinkedHashMap<String, MailKind>();

    public static final MailKind ORDER_CONFIRMATION = new MailKind("ORDER_CONFIRMATION", "Order confirmation");
    public static final MailKind REGISTRATION = new MailKind("REGISTRATION", "Registration");
    public static final MailKind REGISTRATION_CONFIRMATION = new MailKind("REGISTRATION_CONFIRMATION",
            "Registration: confirm e-mail");
    public static final MailKind PASSWORD_RESET = new MailKind("PASSWORD_RESET", "Password reset");
    public static final MailKind SET_PASSWORD = new MailKind("SET_PASSWORD", "Set your password");
    public static final MailKind FORGOT_USERNAME = new MailKind("FORGOT_USERNAME", "Forgotten user name");
    public static final MailKind PASSWORD_CHANGED = new MailKind("PASSWORD_CHANGED", "Password changed");
    public static final MailKind GUEST_CLAIM = new MailKind("GUEST_CLAIM", "Guest orders claim");
    public static final MailKind EMAIL_CHANGE = new MailKind("EMAIL_CHANGE", "E-mail change confirmation");
    public static final MailKind MERCHANT = new MailKind("MERCHANT", "From the merchant");
    public static final MailKind MESSAGE_NOTICE = new MailKind("MESSAGE_NOTICE", "New private message");
    public static final MailKind PERSONAL_DATA_EXPORT = new MailKind("PERSONAL_DATA_EXPORT",
            "Copy of personal data");
    public static final MailKind COMPANY = new MailKind("COMPANY", "Company account");
    public static final MailKind BACK_IN_STOCK = new MailKind("BACK_IN_STOCK", "Back in stock");
    public static final MailKind OTHER = new MailKind("OTHER", "Other");

    /** Longest code stored. */
    public static final int CODE_LENGTH = 32;

    /** @return the kind with this code, or null */
    public static MailKind getInstance(String type) {
        synchronized (KINDS) {
            return type == null ? null : KINDS.get(type);
        }
    }

    /** @return the friendly name of the code, or the code itself when no kind has it */
    public static String describe(String type) {
        MailKind kind = getInstance(type);
        return kind == null ? type : kind.getFriendlyType();
    }

    public MailKind() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public MailKind(String type, String friendlyType) {
        super(type, friendlyType);
        synchronized (KINDS) {
            if (!KINDS.containsKey(type)) {
                KINDS.put(type, this);
            }
        }
    }
}
