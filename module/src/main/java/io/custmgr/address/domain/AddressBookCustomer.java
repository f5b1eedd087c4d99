package io.custmgr.address.domain;

/** Implemented by the host's {@code CustomerImpl} once the module's class transformer has run. */
public interface AddressBookCustomer {

    /** @return never null */
    AddressBookSettings getAddressBookSettings();

    void setAddressBookSettings(AddressBookSettings settings);
}
