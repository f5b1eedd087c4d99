package io.custmgr.guest.service;

import org.broadleafcommerce.profile.core.domain.Customer;

/** The merchant turns a guest profile into a registered account; the buyer sets a password through a mailed link. */
public interface GuestConversionService {

    /**
     * Makes the guest an account signing in with its contact e-mail, keeping its orders, addresses and history, and
     * mails Broadleaf's set-password link (its password reset) to that address.
     *
     * @param resetPasswordUrl the storefront's password reset page; the token is appended
     * @throws GuestConversionException notGuest, noEmail (erased or claimed) or emailInUse (nothing changed)
     */
    Customer convertToAccount(Long guestId, String resetPasswordUrl);
}
