package io.custmgr.customer.confirmation.service;

import java.util.Locale;

/**
 * What an account registered on the storefront may do before its e-mail address is confirmed (setting
 * {@code custmgr.registration.confirmation}).
 */
public enum ConfirmationRequirement {

    /** No confirmation asked: registration works as in Broadleaf. */
    NONE,
    /** The account cannot sign in (nor be signed in after registering) until the mailed link is followed. */
    SIGN_IN,
    /** The account signs in, but no order of it is placed (on any checkout path) until the link is followed. */
    CHECKOUT;

    /** @param setting {@code none}, {@code signin} or {@code checkout}, any case; blank is {@code none} */
    public static ConfirmationRequirement parse(String setting) {
        String value = setting == null ? "" : setting.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (value.isEmpty() || "NONE".equals(value)) {
            return NONE;
        }
        if ("SIGNIN".equals(value)) {
            return SIGN_IN;
        }
        if ("CHECKOUT".equals(value)) {
            return CHECKOUT;
        }
        throw new IllegalArgumentException("custmgr.registration.confirmation must be none, signin or checkout, not '"
                + setting + "'");
    }

    /** @return whether an unconfirmed account may place orders */
    public boolean blocksCheckout() {
        return this != NONE;
    }
}
