package io.custmgr.host;

import io.custmgr.customer.account.dao.CustomerPersonalRows;
import io.custmgr.customer.account.domain.LoginTakenException;
import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.service.CustomerProfileService;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.service.GuestContact;
import io.custmgr.guest.service.GuestProfileService;
import io.custmgr.host.domain.HostCustomer;
import io.custmgr.host.domain.HostCustomerImpl;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host whose customer entity is its own subclass of {@code CustomerImpl} (holding Broadleaf's Customer entity bean
 * id), with the module installed as the README says: the module's fields, guest profiles, login rules and merge work
 * on the host's class, and the host's own column persists beside them. Everything commits; every test deletes what
 * it made.
 */
@BroadleafIntegrationTest(hostContext = "custmgr-host-applicationContext.xml")
class HostCustomerClassIT {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "cmCustomerProfileService")
    CustomerProfileService profileService;

    @Resource(name = "cmGuestProfileService")
    GuestProfileService guestProfileService;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmCustomerPersonalRows")
    CustomerPersonalRows personalRows;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService)
                .alsoDeleteFrom("HOST_CUSTOMER");
        customers.ensureUserRole();
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void broadleafCreatesTheHostsClassAndItsOwnFieldPersistsBesideTheModulesProfile() {
        Customer created = customerService.createCustomer();
        assertEquals(HostCustomerImpl.class, created.getClass());

        Long id = account(unique("profile"), "L-100", "Acme Ltd").getId();

        Customer read = customerService.readCustomerById(id);
        assertEquals(HostCustomerImpl.class, read.getClass());
        assertEquals("L-100", ((HostCustomer) read).getLoyaltyNumber());
        assertEquals("Acme Ltd", profileService.findProfile(read).getCompany());
        assertEquals("L-100", customers.jdbc().queryForObject(
                "SELECT LOYALTY_NUMBER FROM HOST_CUSTOMER WHERE CUSTOMER_ID = ?", String.class, id));
        assertEquals("Acme Ltd", customers.jdbc().queryForObject(
                "SELECT CM_COMPANY FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", String.class, id));
    }

    @Test
    void aCaseVariantOfTheEmailFindsTheAccountAndCannotOpenASecondOne() {
        String email = unique("Jane.Doe");
        Customer jane = account(email, "L-200", null);

        assertEquals(jane.getId(), customerService.readCustomerByUsername(email.toUpperCase()).getId());
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> customers.inTransaction(() -> customers.track(register(email.toLowerCase()))));

        assertNotNull(LoginTakenException.in(refused), "refused for the login, not something else: " + refused);
        assertEquals(jane.getId(), LoginTakenException.in(refused).getOwnerId());
        assertEquals(1, customers.count("BLC_CUSTOMER WHERE LOWER(EMAIL_ADDRESS) = ?", email.toLowerCase()));
    }

    @Test
    void aGuestCheckoutAttachesTheOrderToAGuestProfileOfTheHostsClass() {
        final String email = unique("buyer");
        final Long orderId = customers.anonymousCart();

        Long guestId = customers.track(customers.inTransaction(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Order order = orderService.findOrderById(orderId);
                Customer guest = guestProfileService.attachOrder(order,
                        new GuestContact(email).name("Ada", "Buyer").phone("+1 555 0100"));
                save(order);
                return guest.getId();
            }
        }));

        Customer guest = customerService.readCustomerById(guestId);
        assertEquals(HostCustomerImpl.class, guest.getClass());
        assertTrue(((GuestCustomer) guest).getGuestProfile().isGuest());
        assertEquals("+1 555 0100", profileService.findProfile(guest).getPhone());
        assertEquals(guestId, customers.ownerOf(orderId));
        assertEquals(guestId, guestProfileService.findGuestByContactEmail(email.toUpperCase()).getId());
    }

    @Test
    void aMergeMovesTheAbsorbedCustomersDataAndKeepsBothHostRows() {
        Customer survivor = account(unique("survivor"), "L-300", null);
        Customer absorbed = account(unique("absorbed"), "L-301", "Absorbed Inc");
        customers.jdbc().update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL, IS_BOT) "
                + "VALUES (?, ?, CURRENT_TIMESTAMP, '/hot-sauces', ?)", -absorbed.getId() * 10, absorbed.getId(),
                Boolean.FALSE);

        mergeService.merge(new MergeRequest(survivor.getId(), absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));

        assertEquals(1, customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", survivor.getId()));
        Customer kept = customerService.readCustomerById(survivor.getId());
        assertEquals("L-300", ((HostCustomer) kept).getLoyaltyNumber());
        assertEquals("Absorbed Inc", profileService.findProfile(kept).getCompany(), "taken over: the survivor had none");
        Map<String, Object> gone = customers.jdbc().queryForMap("SELECT c.DEACTIVATED, c.CM_MERGED_INTO, "
                + "h.LOYALTY_NUMBER FROM BLC_CUSTOMER c JOIN HOST_CUSTOMER h ON h.CUSTOMER_ID = c.CUSTOMER_ID "
                + "WHERE c.CUSTOMER_ID = ?", absorbed.getId());
        assertEquals(Boolean.TRUE, gone.get("DEACTIVATED"));
        assertEquals(survivor.getId().longValue(), ((Number) gone.get("CM_MERGED_INTO")).longValue());
        assertEquals("L-301", gone.get("LOYALTY_NUMBER"), "the host's row stays with the merged-away customer");
        assertEquals(survivor.getId(), mergeService.resolveCustomerId(absorbed.getId()));
    }

    @Test
    void deletingCustomersWithSqlDeletesTheHostsRowsFirst() {
        final Long id = account(unique("deleted"), "L-400", null).getId();
        final MapSqlParameterSource params = new MapSqlParameterSource("id", id);

        int deleted = customers.inTransaction(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                personalRows.deleteAccountRows("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID = :id", params);
                return personalRows.deleteCustomers("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID = :id",
                        params);
            }
        });

        assertEquals(1, deleted, "the account cleanup deletes customers this way");
        assertEquals(0, customers.count("HOST_CUSTOMER WHERE CUSTOMER_ID = ?", id));
        assertEquals(0, customers.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id));
    }

    /** A registered account of the host's class, committed and tracked. */
    private Customer account(final String email, final String loyaltyNumber, final String company) {
        return customers.track(customers.inTransaction(new TransactionCallback<Customer>() {
            @Override
            public Customer doInTransaction(TransactionStatus status) {
                HostCustomer customer = (HostCustomer) customerService.createCustomer();
                customer.setLoyaltyNumber(loyaltyNumber);
                CustomerProfile profile = profileService.findProfile(customer);
                profile.setCompany(company);
                return register(email, customer);
            }
        }));
    }

    private Customer register(String email) {
        return register(email, customerService.createCustomer());
    }

    private Customer register(String email, Customer customer) {
        customer.setUsername(email);
        customer.setEmailAddress(email);
        customer.setFirstName("Host");
        customer.setLastName("Customer");
        return customerService.registerCustomer(customer, "secret123", "secret123");
    }

    private void save(Order order) {
        try {
            orderService.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@Example.com";
    }
}
