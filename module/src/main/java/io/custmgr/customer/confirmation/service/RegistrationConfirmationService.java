package io.custmgr.customer.confirmation.service;

import io.custmgr.customer.confirmation.dao.EmailConfirmationState;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * Registration with e-mail confirmation (bean {@code cmRegistrationConfirmation}). With the setting
 * {@code custmgr.registration.confirmation} on, an account registered through Broadleaf's
 * {@code CustomerService.registerCustomer} (the storefront's form, Broadleaf's register controller, host code) is
 * mailed a link and stays pending until it is followed; meanwhile it cannot sign in ({@link
 * ConfirmationRequirement#SIGN_IN}) or cannot place an order ({@link ConfirmationRequirement#CHECKOUT}). Accounts the
 * merchant creates, converted guests and accounts from before the setting are never pending.
 */
public interface RegistrationConfirmationService {

    /** The purpose of the mailed links ({@code MailedLinks}). */
    String PURPOSE = "REGISTRATION";
    /** The storefront page the mailed link opens. */
    String CONFIRM_PATH = "/register/confirm";
    /** The login page's "send the link again" form posts here. */
    String RESEND_PATH = "/register/confirm/resend";
    /** Mail template name handed to the host's message creator. */
    String MAIL_TEMPLATE = "custmgr-registration-confirm";

    ConfirmationRequirement getRequirement();

    /**
     * After a registration: unless the requirement is {@link ConfirmationRequirement#NONE}, the account becomes
     * pending and the link is mailed once the registration commits.
     *
     * @param confirmUrl the storefront's {@link #CONFIRM_PATH}; null: pending, the link is mailed on the first resend
     */
    void startConfirmation(Customer customer, String confirmUrl);

    /** @return whether the account registered with confirmation on and has not followed its link yet */
    boolean isPending(Long customerId);

    /** @return false when the account is pending and the requirement is {@link ConfirmationRequirement#SIGN_IN} */
    boolean maySignIn(Long customerId);

    /** @return false when the account is pending (whatever the requirement, once it is not NONE) */
    boolean mayCheckOut(Long customerId);

    /** @return the stored confirmation of the customer, or null when there never was one */
    EmailConfirmationState findState(Long customerId);

    /**
     * Follows a mailed link. Signed in, it must be the link of that account; signed out (an account that may not sign
     * in yet), the link itself is the proof that the shopper reads the address's mail.
     *
     * @return the confirmed customer's id
     * @throws io.custmgr.common.mailedlink.service.MailedLinkRefusedException unknown, expired, used, another
     *         account's link
     */
    long confirm(String token, Long signedInCustomerId);

    /**
     * The login page's "send the link again": mails a new link when the login names a pending account and none was
     * mailed in the last {@code custmgr.registration.confirmation.resendAfterSeconds}. Says nothing either way, so the
     * page cannot be used to find out which addresses have accounts.
     */
    void resendByLogin(String typedLogin, String confirmUrl);

    /** "Resend confirmation e-mail" (the admin, or the signed-in shopper): audited as whoever asked. */
    ResendOutcome resend(Long customerId, String confirmUrl);

    /** What a resend did. */
    enum ResendOutcome {
        SENT, NOT_PENDING, TOO_SOON
    }
}
