package io.custmgr.guest.dao;

/** The set-based moves of a guest's data to an account. Call inside a transaction. */
public interface GuestClaimDao {

    /** @return orders moved (carts, wishlists and placed orders alike) */
    int moveOrders(long guestId, long accountId);

    /** Renames the guest's addresses whose name the account already uses, then moves them all; @return moved */
    int moveAddresses(long guestId, long accountId);

    /** Ends the guest profile: no contact e-mail, no key, claimed by the account. */
    void retireGuest(long guestId, long accountId);
}
