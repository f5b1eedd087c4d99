package io.custmgr.customer.profile.domain;

/** The phone format the module accepts: what people type, not a strict E.164 number. */
public final class PhoneNumbers {

    /** Empty, or an optional leading +, then 5 to 31 digits, spaces, dots, dashes and parentheses. */
    public static final String PATTERN = "^$|^\\+?[0-9 ().\\-]{5,31}$";

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return phone == null || phone.matches(PATTERN);
    }
}
