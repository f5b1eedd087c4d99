package io.custmgr.guest.dao;

import java.util.Date;

/** Claim offers and the set-based moves of a guest's data to an account. Call inside a transaction. */
public interface GuestClaimDao {

    void insertClaim(String tokenHash, long guestId, long accountId, Date expires);

    /** @return the claim, locked for update, or null */
    GuestClaimRow readClaimForUpdate(String tokenHash);

    void markClaimed(String tokenHash, Date when);

    /** @return orders moved (carts, wishlists and placed orders alike) */
    int moveOrders(long guestId, long accountId);

    /** Renames the guest's addresses whose name the account already uses, then moves them all; @return moved */
    int moveAddresses(long guestId, long accountId);

    /** Ends the guest profile: no contact e-mail, no key, claimed by the account. */
    void retireGuest(long guestId, long accountId);
}
