package io.custmgr.address.domain;

/** Implemented by the host's {@code CustomerAddressImpl} once the module's class transformer has run. */
public interface AddressBookEntry {

    /** @return never null */
    AddressDefaults getAddressDefaults();

    void setAddressDefaults(AddressDefaults defaults);
}
