package io.custmgr.guest.dao;

/**
 * The table of guest keys, {@code CM_GUEST_KEY}: one row per guest profile that is shared by all checkouts with one
 * contact e-mail. Its primary key is what keeps two simultaneous checkouts from creating two profiles.
 */
public interface GuestProfileDao {

    /** @return the id of the guest profile with this key, or null */
    Long readGuestIdByKey(String guestKey);

    /**
     * Claims a key for a guest profile, in the caller's transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another profile holds the key
     */
    void insertKey(String guestKey, Long customerId);

    /** Releases the guest keys of a customer that stops being a guest. */
    void deleteKeys(Long customerId);
}
