package io.custmgr.customer.account.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * A shopper changes their own e-mail address (their login) only through a link mailed to the new address: until it is
 * followed, signed in as the same account, nothing changes. The admin changes e-mail addresses directly.
 */
public interface EmailChangeService {

    /** Storefront path of the confirmation link (site-extensions' controller); under /account, so signed in. */
    String CONFIRM_PATH = "/account/email/confirm";

    /** The purpose of its {@code MailedLinks} links; the new address is their payload. */
    String PURPOSE = "EMAIL_CHANGE";

    String SAME_EMAIL = "CustomerAccount_Email_Same";
    String EMAIL_IN_USE = "CustomerAccount_Email_InUse";

    /**
     * Checks the address and mails a confirmation link to it (after commit).
     *
     * @param confirmUrl absolute storefront URL of {@link #CONFIRM_PATH}; the token is appended
     * @return the normalized new address
     * @throws InvalidEmailChangeException with a message key: malformed, too long, the current address, or taken
     */
    String requestChange(Customer customer, String newEmail, String confirmUrl);

    /**
     * Changes e-mail and login of the signed-in account to the requested address.
     *
     * @return the changed customer
     * @throws MailedLinkRefusedException unknown, used or expired link, another account signed in, or (code
     *         {@link #EMAIL_IN_USE}) the address was taken meanwhile; nothing changed
     */
    Customer confirmChange(String token, Customer signedInAccount);
}
