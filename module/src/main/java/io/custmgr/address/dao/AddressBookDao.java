package io.custmgr.address.dao;

import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads a customer's addresses and what orders hold on to. Joins the caller's transaction. */
public interface AddressBookDao {

    /** @return the customer's active addresses, oldest first, with their address loaded; never null */
    List<CustomerAddress> readAddresses(Long customerId);

    /** @return the address if it belongs to that customer, else null */
    CustomerAddress readAddress(Long customerId, Long customerAddressId);

    /** @return the owning customer's id of each of these customer addresses (unknown ids left out) */
    Map<Long, Long> readOwners(Collection<Long> customerAddressIds);

    /**
     * Address rows by id with their country, state and phones, in one statement, for screens that format addresses
     * orders and saved payments point to (not only the address book's).
     *
     * @return by id; unknown ids left out; never null
     */
    Map<Long, Address> readAddressesById(Collection<Long> addressIds);

    /** @return whether a fulfillment group, order payment or multiship option points to this address row */
    boolean isUsedByOrders(Long addressId);
}
