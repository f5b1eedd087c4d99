package io.custmgr.guest.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import org.broadleafcommerce.profile.core.domain.Customer;

/**
 * Claim on registration: when someone registers with the e-mail of a guest profile, the guest's orders, addresses and
 * history move to the new account — only after the link mailed to that address is followed by the signed-in account,
 * never on an unconfirmed address.
 */
public interface GuestClaimService {

    /** Storefront path of the claim link (site-extensions' GuestClaimController); under /account, so signed in. */
    String CLAIM_PATH = "/account/guest-orders/claim";

    /** The purpose of its {@code MailedLinks} links: mailed to the account, about the guest profile (their subject). */
    String PURPOSE = "GUEST_CLAIM";

    /**
     * Offers the guest profile of the account's e-mail, if there is one: stores a claim and mails the link (after the
     * surrounding transaction commits).
     *
     * @param claimUrl the storefront URL the link points to; the token is appended as {@code ?token=}
     * @return whether a claim was offered
     */
    boolean offerClaim(Customer account, String claimUrl);

    /**
     * Takes up a claim in one transaction.
     *
     * @throws MailedLinkRefusedException unknown, used or expired token, or another account signed in (nothing moved)
     */
    GuestClaimResult confirmClaim(String token, Customer signedInAccount);
}
