package io.custmgr.address.service;

import io.custmgr.address.dao.AddressBookDao;
import io.custmgr.address.domain.AddressBookCustomer;
import io.custmgr.address.domain.AddressBookEntry;
import io.custmgr.address.domain.AddressDefaults;
import org.broadleafcommerce.common.util.TransactionUtils;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmCustomerAddressBook")
public class CustomerAddressBookImpl implements CustomerAddressBook {

    /** Separator of the stored formatted text shown in the admin's grid. */
    static final String GRID_SEPARATOR = " / ";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmAddressBookDao")
    protected AddressBookDao dao;

    @Resource(name = "cmAddressWriter")
    protected AddressWriter writer;

    @Resource(name = "cmAddressFormatter")
    protected AddressFormatter formatter;

    @Resource(name = "blCustomerAddressService")
    protected CustomerAddressService customerAddressService;

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public List<AddressBookEntryView> findEntries(Long customerId) {
        List<CustomerAddress> addresses = dao.readAddresses(customerId);
        DefaultChoice defaults = DefaultChoice.of(addresses, null, null, isShippingSameAsBilling(customerId));
        List<AddressBookEntryView> views = new ArrayList<AddressBookEntryView>(addresses.size());
        for (CustomerAddress address : addresses) {
            views.add(new AddressBookEntryView(address.getId(), address.getAddressName(),
                    formatter.lines(address.getAddress()), address == defaults.billing,
                    address == defaults.shipping));
        }
        return views;
    }

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public Map<Long, AddressBookEntryView> findEntriesByIds(Collection<Long> customerAddressIds) {
        Map<Long, AddressBookEntryView> views = new HashMap<Long, AddressBookEntryView>();
        for (Long customerId : new HashSet<Long>(dao.readOwners(customerAddressIds).values())) {
            for (AddressBookEntryView view : findEntries(customerId)) {
                if (customerAddressIds.contains(view.getId())) {
                    views.put(view.getId(), view);
                }
            }
        }
        return views;
    }

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public AddressInput findInput(Long customerId, Long customerAddressId) {
        CustomerAddress address = owned(customerId, customerAddressId);
        return writer.read(address.getAddressName(), address.getAddress());
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public CustomerAddress add(Long customerId, AddressInput input) {
        Customer customer = customer(customerId);
        Address address = writer.create();
        writer.write(input, address);
        String name = uniqueName(customerId, null, input.getAddressName());
        CustomerAddress customerAddress = customerAddressService.create();
        customerAddress.setCustomer(customer);
        customerAddress.setAddressName(name);
        customerAddress.setAddress(address);
        em.persist(customerAddress);
        customer.getCustomerAddresses().add(customerAddress);
        applyRules(customerId, null, null);
        return customerAddress;
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public CustomerAddress update(Long customerId, Long customerAddressId, AddressInput input) {
        CustomerAddress customerAddress = owned(customerId, customerAddressId);
        // Validate against a scratch row first: a refused edit must not leave a copy behind.
        writer.write(input, writer.create());
        String name = uniqueName(customerId, customerAddressId, input.getAddressName());
        detachFromOrders(customerAddress);
        writer.write(input, customerAddress.getAddress());
        customerAddress.setAddressName(name);
        applyRules(customerId, null, null);
        return customerAddress;
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void delete(Long customerId, Long customerAddressId) {
        CustomerAddress customerAddress = owned(customerId, customerAddressId);
        if (dao.isUsedByOrders(customerAddress.getAddress().getId())) {
            // The removal cascades to the address row: hand it an unsaved copy instead, the order keeps the row.
            customerAddress.setAddress(writer.copy(customerAddress.getAddress()));
        }
        customer(customerId).getCustomerAddresses().remove(customerAddress);
        em.remove(customerAddress);
        em.flush();
        applyRules(customerId, null, null);
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void chooseDefaultBilling(Long customerId, Long customerAddressId) {
        owned(customerId, customerAddressId);
        applyRules(customerId, customerAddressId, null);
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void chooseDefaultShipping(Long customerId, Long customerAddressId) {
        owned(customerId, customerAddressId);
        CustomerAddress billing = findDefaultBilling(customerId);
        if (billing != null && !billing.getId().equals(customerAddressId)) {
            settings(customerId).getAddressBookSettings().setShippingSameAsBilling(false);
        }
        applyRules(customerId, null, customerAddressId);
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void setShippingSameAsBilling(Long customerId, boolean on) {
        settings(customerId).getAddressBookSettings().setShippingSameAsBilling(on);
        applyRules(customerId, null, null);
    }

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public boolean isShippingSameAsBilling(Long customerId) {
        return settings(customerId).getAddressBookSettings().isShippingSameAsBilling();
    }

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public CustomerAddress findDefaultBilling(Long customerId) {
        return DefaultChoice.of(dao.readAddresses(customerId), null, null, false).billing;
    }

    @Override
    @Transactional(value = TransactionUtils.DEFAULT_TRANSACTION_MANAGER, readOnly = true)
    public CustomerAddress findDefaultShipping(Long customerId) {
        return DefaultChoice.of(dao.readAddresses(customerId), null, null, isShippingSameAsBilling(customerId))
                .shipping;
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void detachFromOrders(CustomerAddress customerAddress) {
        Address current = customerAddress.getAddress();
        if (current != null && current.getId() != null && dao.isUsedByOrders(current.getId())) {
            customerAddress.setAddress(writer.copy(current));
        }
    }

    @Override
    @Transactional(TransactionUtils.DEFAULT_TRANSACTION_MANAGER)
    public void applyRules(Long customerId, Long billingChoice, Long shippingChoice) {
        List<CustomerAddress> addresses = dao.readAddresses(customerId);
        DefaultChoice defaults = DefaultChoice.of(addresses, billingChoice, shippingChoice,
                isShippingSameAsBilling(customerId));
        for (CustomerAddress address : addresses) {
            AddressDefaults values = ((AddressBookEntry) address).getAddressDefaults();
            boolean billing = address == defaults.billing;
            boolean shipping = address == defaults.shipping;
            String formatted = formatted(address.getAddress());
            if (values.isDefaultBilling() != billing || values.isDefaultShipping() != shipping
                    || !formatted.equals(values.getFormatted())) {
                values.setDefaultBilling(billing);
                values.setDefaultShipping(shipping);
                values.setFormatted(formatted);
            }
        }
    }

    private String formatted(Address address) {
        String text = formatter.format(address, GRID_SEPARATOR);
        return text.length() > AddressDefaults.FORMATTED_LENGTH
                ? text.substring(0, AddressDefaults.FORMATTED_LENGTH - 1) + "\u2026" : text;
    }

    private CustomerAddress owned(Long customerId, Long customerAddressId) {
        CustomerAddress address = customerId == null || customerAddressId == null ? null
                : dao.readAddress(customerId, customerAddressId);
        if (address == null) {
            throw new AddressNotFoundException(customerId, customerAddressId);
        }
        return address;
    }

    private Customer customer(Long customerId) {
        Customer customer = customerId == null ? null : em.find(CustomerImpl.class, customerId);
        if (customer == null) {
            throw new IllegalArgumentException("No customer " + customerId);
        }
        return customer;
    }

    private AddressBookCustomer settings(Long customerId) {
        return (AddressBookCustomer) customer(customerId);
    }

    /** Broadleaf keeps address names unique per customer: an empty name stays empty, a taken one is refused. */
    private String uniqueName(Long customerId, Long self, String requested) {
        String name = requested == null || requested.trim().isEmpty() ? null : requested.trim();
        if (name != null) {
            for (CustomerAddress other : dao.readAddresses(customerId)) {
                if (name.equalsIgnoreCase(other.getAddressName()) && !other.getId().equals(self)) {
                    throw new InvalidAddressException(Collections.singletonMap("addressName", "taken"));
                }
            }
        }
        return name;
    }

    /** Which of the addresses are the defaults, given the stored flags and an optional new choice of each. */
    static final class DefaultChoice {
        CustomerAddress billing;
        CustomerAddress shipping;

        static DefaultChoice of(List<CustomerAddress> addresses, Long billingChoice, Long shippingChoice,
                boolean shippingSameAsBilling) {
            DefaultChoice choice = new DefaultChoice();
            choice.billing = pick(addresses, billingChoice, true);
            if (choice.billing == null && !addresses.isEmpty()) {
                choice.billing = addresses.get(0);
            }
            choice.shipping = shippingSameAsBilling ? choice.billing : pick(addresses, shippingChoice, false);
            if (choice.shipping == null) {
                choice.shipping = choice.billing;
            }
            return choice;
        }

        private static CustomerAddress pick(List<CustomerAddress> addresses, Long chosenId, boolean billing) {
            for (CustomerAddress address : addresses) {
                if (chosenId != null && chosenId.equals(address.getId())) {
                    return address;
                }
            }
            for (CustomerAddress address : addresses) {
                AddressDefaults values = ((AddressBookEntry) address).getAddressDefaults();
                if (billing ? values.isDefaultBilling() : values.isDefaultShipping()) {
                    return address;
                }
            }
            return null;
        }
    }
}
