package io.custmgr.address.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the module's class
 * transformer. Never instantiated.
 */
public class AddressBookCustomerTemplate implements AddressBookCustomer {

    @Embedded
    protected AddressBookSettings addressBookSettings;

    @Override
    public AddressBookSettings getAddressBookSettings() {
        if (addressBookSettings == null) {
            addressBookSettings = new AddressBookSettings();
        }
        return addressBookSettings;
    }

    @Override
    public void setAddressBookSettings(AddressBookSettings settings) {
        this.addressBookSettings = settings;
    }
}
