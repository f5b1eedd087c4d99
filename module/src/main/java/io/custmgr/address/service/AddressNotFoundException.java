package io.custmgr.address.service;

/**
 * No address with that id belongs to that customer: it does not exist, or it is someone else's (a tampered id).
 * Callers answer both the same way, so ids of other customers' addresses are not revealed.
 */
public class AddressNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddressNotFoundException(Long customerId, Long customerAddressId) {
        super("Customer " + customerId + " has no address " + customerAddressId);
    }
}
