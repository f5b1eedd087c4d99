package io.custmgr.customer.profile.domain;

/**
 * Implemented by the host's {@code CustomerImpl} (or its subclass) once the module's class transformer has run: cast
 * any {@code Customer} to it to reach the module's profile fields.
 */
public interface ProfiledCustomer {

    /** @return the profile, never null: a customer saved before the module was installed gets an empty one */
    CustomerProfile getCustomerProfile();

    void setCustomerProfile(CustomerProfile profile);
}
