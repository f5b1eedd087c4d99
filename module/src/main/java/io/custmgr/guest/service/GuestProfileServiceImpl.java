package io.custmgr.guest.service;

import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.guest.dao.GuestProfileDao;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.history.service.NavigationHistoryService;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmGuestProfileService")
public class GuestProfileServiceImpl implements GuestProfileService {

    /** Setting value of {@code custmgr.guest.profilePer} for one guest profile per order. */
    public static final String PER_ORDER = "order";

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    protected CustomerAddressService customerAddressService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmNavigationHistoryService")
    protected NavigationHistoryService navigationHistoryService;

    @Resource(name = "cmGuestProfileDao")
    protected GuestProfileDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${custmgr.guest.profilePer}")
    protected String profilePer;

    @Value("${custmgr.guest.usernameDomain}")
    protected String usernameDomain;

    protected TransactionTemplate newTransaction;

    @PostConstruct
    public void init() {
        newTransaction = new TransactionTemplate(transactionManager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional("blTransactionManager")
    public Customer attachOrder(Order order, GuestContact contact) {
        String email = ContactEmails.checked(contact.getEmail());
        String key = PER_ORDER.equalsIgnoreCase(profilePer) ? null : ContactEmails.key(email);
        Long guestId = key == null ? null : dao.readGuestIdByKey(key);
        if (guestId == null) {
            guestId = createGuest(email, key);
        }
        Customer guest = customerService.readCustomerById(guestId);
        updateContact(guest, email, contact);
        Customer visitor = order.getCustomer();
        if (visitor != null && !visitor.isRegistered() && !guestId.equals(visitor.getId())) {
            // the anonymous visitor's browsing becomes the guest's, as a login moves it to an account
            navigationHistoryService.moveHistory(visitor.getId(), guestId);
        }
        order.setCustomer(guest);
        order.setEmailAddress(email);
        return guest;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Customer findGuestByContactEmail(String email) {
        if (email == null || email.trim().isEmpty()) {
            return null;
        }
        Long id = dao.readGuestIdByKey(ContactEmails.key(email));
        return id == null ? null : customerService.readCustomerById(id);
    }

    @Override
    public boolean isGuest(Customer customer) {
        return customer instanceof GuestCustomer && ((GuestCustomer) customer).getGuestProfile().isGuest();
    }

    /**
     * In a transaction of its own, so the unique key decides between simultaneous checkouts: the loser's commit fails
     * and it takes the winner's profile.
     */
    protected Long createGuest(final String email, final String key) {
        try {
            return newTransaction.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    Customer customer = customerService.createNewCustomer();
                    if (key != null) {
                        dao.insertKey(key, customer.getId()); // first: a simultaneous checkout waits here, then fails
                    }
                    String username = "guest-" + UUID.randomUUID() + "@" + usernameDomain;
                    customer.setUsername(username);
                    customer.setEmailAddress(username);
                    customer.setRegistered(false);
                    customer.setDeactivated(true); // guests never sign in; the password is random and unknown
                    GuestProfile profile = ((GuestCustomer) customer).getGuestProfile();
                    profile.setGuest(true);
                    profile.setContactEmail(email);
                    customer.setPassword(customerService.encodePassword(UUID.randomUUID().toString(), customer));
                    return customerService.saveCustomer(customer, false).getId();
                }
            });
        } catch (RuntimeException e) {
            Long winner = key == null ? null : dao.readGuestIdByKey(key);
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    /** The latest checkout's details win; an address is added unless the profile already has the same one. */
    protected void updateContact(Customer guest, String email, GuestContact contact) {
        ((GuestCustomer) guest).getGuestProfile().setContactEmail(email);
        if (notBlank(contact.getFirstName())) {
            guest.setFirstName(contact.getFirstName().trim());
        }
        if (notBlank(contact.getLastName())) {
            guest.setLastName(contact.getLastName().trim());
        }
        if (notBlank(contact.getPhone()) && contact.getPhone().trim().matches(PhoneNumbers.PATTERN)) {
            ((ProfiledCustomer) guest).getCustomerProfile().setPhone(contact.getPhone().trim());
        }
        Address address = contact.getAddress();
        if (address != null && notBlank(address.getAddressLine1()) && !hasAddress(guest, address)) {
            CustomerAddress customerAddress = customerAddressService.create();
            customerAddress.setCustomer(guest);
            customerAddress.setAddressName(address.getAddressLine1());
            customerAddress.setAddress(copy(address));
            customerAddressService.saveCustomerAddress(customerAddress);
        }
        customerService.saveCustomer(guest, false);
    }

    private boolean hasAddress(Customer guest, Address address) {
        List<CustomerAddress> existing = customerAddressService.readActiveCustomerAddressesByCustomerId(guest.getId());
        for (CustomerAddress customerAddress : existing) {
            Address known = customerAddress.getAddress();
            if (same(known.getAddressLine1(), address.getAddressLine1()) && same(known.getCity(), address.getCity())
                    && same(known.getPostalCode(), address.getPostalCode())) {
                return true;
            }
        }
        return false;
    }

    private Address copy(Address source) {
        Address copy = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        copy.setFirstName(source.getFirstName());
        copy.setLastName(source.getLastName());
        copy.setCompanyName(source.getCompanyName());
        copy.setAddressLine1(source.getAddressLine1());
        copy.setAddressLine2(source.getAddressLine2());
        copy.setCity(source.getCity());
        copy.setState(source.getState());
        copy.setPostalCode(source.getPostalCode());
        copy.setCountry(source.getCountry());
        copy.setPrimaryPhone(source.getPrimaryPhone());
        return copy;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.trim().isEmpty();
    }
}
