package io.custmgr.address.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerAddressImpl} by the module's class
 * transformer. Never instantiated.
 */
public class AddressBookEntryTemplate implements AddressBookEntry {

    @Embedded
    protected AddressDefaults addressDefaults;

    @Override
    public AddressDefaults getAddressDefaults() {
        // Hibernate leaves an embedded value null when all its columns are null.
        if (addressDefaults == null) {
            addressDefaults = new AddressDefaults();
        }
        return addressDefaults;
    }

    @Override
    public void setAddressDefaults(AddressDefaults defaults) {
        this.addressDefaults = defaults;
    }
}
