package io.custmgr.address.service;

import org.broadleafcommerce.profile.core.domain.CustomerAddress;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A customer's address book (bean {@code cmCustomerAddressBook}): the rules every screen and feature shares.
 *
 * <ul>
 * <li>A customer with addresses has exactly one default billing and one default shipping address; the first address
 * added is both.</li>
 * <li>Deleting the default billing address makes the oldest remaining address the default billing; deleting the
 * default shipping address makes the default billing address the default shipping one; no address left, no
 * defaults.</li>
 * <li>"Shipping same as billing" on: the default shipping address is always the default billing address. Choosing
 * another default shipping address switches it off.</li>
 * <li>Editing is copy-on-write: an address row an order points to (fulfillment group, order payment, multiship
 * option) is never changed in place; the customer's address gets a fresh copy, so orders keep the address they were
 * placed with. Deleting such an address leaves the order's row alone.</li>
 * </ul>
 *
 * <p>Every method takes the owner's id and refuses ({@link AddressNotFoundException}) an address of anyone else.
 * Writing methods run in a transaction (joining the caller's). Addresses written by other code without the
 * module's flags are read as if the oldest were the default, and put in order by the next change through here.
 */
public interface CustomerAddressBook {

    /** @return the customer's addresses, oldest first, formatted, with their default badges; never null */
    List<AddressBookEntryView> findEntries(Long customerId);

    /**
     * For screens listing addresses of several or unknown owners (the admin's grid): one view per known id, with
     * the same defaults and formatting as {@link #findEntries}; one read per owner.
     */
    Map<Long, AddressBookEntryView> findEntriesByIds(Collection<Long> customerAddressIds);

    /** @return the values an edit form starts from */
    AddressInput findInput(Long customerId, Long customerAddressId);

    /** @throws InvalidAddressException nothing saved */
    CustomerAddress add(Long customerId, AddressInput input);

    /** Copy-on-write when an order holds the current row. @throws InvalidAddressException nothing saved */
    CustomerAddress update(Long customerId, Long customerAddressId, AddressInput input);

    void delete(Long customerId, Long customerAddressId);

    void chooseDefaultBilling(Long customerId, Long customerAddressId);

    /** Switches "shipping same as billing" off when the choice is not the default billing address. */
    void chooseDefaultShipping(Long customerId, Long customerAddressId);

    void setShippingSameAsBilling(Long customerId, boolean on);

    boolean isShippingSameAsBilling(Long customerId);

    /** @return null when the customer has no address */
    CustomerAddress findDefaultBilling(Long customerId);

    /** @return null when the customer has no address */
    CustomerAddress findDefaultShipping(Long customerId);

    /**
     * For editors that change a customer address themselves (the admin's collection editor): call before applying
     * the new values; if an order holds the address row, the customer address gets a fresh copy to edit.
     */
    void detachFromOrders(CustomerAddress customerAddress);

    /**
     * For editors that add or change addresses themselves: puts the customer's defaults and formatted texts in
     * order (first address, removed defaults, same-as-billing). Either choice may be null (keep the current one).
     */
    void applyRules(Long customerId, Long billingChoice, Long shippingChoice);
}
