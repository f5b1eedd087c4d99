package io.custmgr.guest.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the module's class
 * transformer, next to the profile template. Never instantiated.
 */
public class GuestCustomerTemplate implements GuestCustomer {

    @Embedded
    protected GuestProfile guestProfile;

    @Override
    public GuestProfile getGuestProfile() {
        // Hibernate leaves an embedded value null when all its columns are null.
        if (guestProfile == null) {
            guestProfile = new GuestProfile();
        }
        return guestProfile;
    }

    @Override
    public void setGuestProfile(GuestProfile profile) {
        this.guestProfile = profile;
    }
}
