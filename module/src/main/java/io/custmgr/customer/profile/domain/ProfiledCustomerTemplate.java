package io.custmgr.customer.profile.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the
 * {@code cmCustomerProfileClassTransformer} (Broadleaf's {@code DirectCopyClassTransformer}). Never instantiated.
 */
public class ProfiledCustomerTemplate implements ProfiledCustomer {

    @Embedded
    protected CustomerProfile customerProfile;

    @Override
    public CustomerProfile getCustomerProfile() {
        // Hibernate leaves an embedded value null when all its columns are null.
        if (customerProfile == null) {
            customerProfile = new CustomerProfile();
        }
        return customerProfile;
    }

    @Override
    public void setCustomerProfile(CustomerProfile profile) {
        this.customerProfile = profile;
    }
}
