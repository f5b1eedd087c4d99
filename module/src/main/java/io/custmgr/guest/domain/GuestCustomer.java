package io.custmgr.guest.domain;

/** Implemented by the host's {@code CustomerImpl} once the module's class transformer has run. */
public interface GuestCustomer {

    /** @return never null */
    GuestProfile getGuestProfile();

    void setGuestProfile(GuestProfile profile);
}
