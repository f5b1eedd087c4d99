package io.custmgr.duplicates.service;

/** A committed change that may alter a customer's match keys: of the customer itself, or of one of its addresses. */
public final class CustomerMatchKeyChange {

    private final Long customerId;
    private final Long addressId;

    private CustomerMatchKeyChange(Long customerId, Long addressId) {
        this.customerId = customerId;
        this.addressId = addressId;
    }

    public static CustomerMatchKeyChange ofCustomer(Long customerId) {
        return new CustomerMatchKeyChange(customerId, null);
    }

    /** An address row changed; whose address book holds it is looked up when the change is handled. */
    public static CustomerMatchKeyChange ofAddress(Long addressId) {
        return new CustomerMatchKeyChange(null, addressId);
    }

    /** @return the customer, or null for an address change */
    public Long getCustomerId() {
        return customerId;
    }

    /** @return the address, or null for a customer change */
    public Long getAddressId() {
        return addressId;
    }
}
