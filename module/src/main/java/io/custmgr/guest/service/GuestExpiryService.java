package io.custmgr.guest.service;

/**
 * Expires guest profiles: a configurable number of days after a guest's last order is complete (or after the
 * profile was created, for a guest without orders) its personal data is erased; its orders stay as they are.
 */
public interface GuestExpiryService {

    /** One pass over all live guest profiles; idempotent (a second run changes nothing). */
    GuestExpiryReport expireGuests();
}
