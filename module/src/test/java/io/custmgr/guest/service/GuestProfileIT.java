package io.custmgr.guest.service;

import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.service.GenericResponse;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checkouts commit for real here (the concurrency rule needs it); every test cleans up its customers and orders. */
@BroadleafIntegrationTest
class GuestProfileIT {

    @Resource(name = "cmGuestProfileService")
    GuestProfileService guestProfileService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    CustomerAddressService customerAddressService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @Resource(name = "blUserDetailsService")
    UserDetailsService userDetailsService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    JdbcTemplate jdbc;
    TransactionTemplate tx;
    final List<Long> customers = new ArrayList<Long>();

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        tx = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void cleanUp() {
        for (Long id : customers) {
            jdbc.update("DELETE FROM CM_GUEST_KEY WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM BLC_ORDER WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = ?", id);
            jdbc.update("DELETE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
        }
    }

    @Test
    void aCheckoutWithoutAccountCreatesAGuestProfileThatOwnsTheOrder() {
        String email = "  Buyer-" + UUID.randomUUID() + "@Example.com ";
        Long orderId = anonymousCart();

        Long guestId = checkout(orderId, new GuestContact(email).name("Ada", "Buyer").phone("+1 555 0100")
                .address(address("1 Main Street", "Springfield", "12345")));

        Customer guest = customerService.readCustomerById(guestId);
        GuestProfile profile = ((GuestCustomer) guest).getGuestProfile();
        assertTrue(profile.isGuest());
        assertEquals(email.trim(), profile.getContactEmail());
        assertTrue(guest.getUsername().endsWith("@guest.custmgr.invalid"), guest.getUsername());
        assertEquals(guest.getUsername(), guest.getEmailAddress(), "the buyer's address never becomes an account's");
        assertFalse(guest.isRegistered());
        assertEquals("Ada", guest.getFirstName());
        assertEquals("+1 555 0100", ((ProfiledCustomer) guest).getCustomerProfile().getPhone());
        assertEquals(guestId, ownerOf(orderId));
        assertEquals(email.trim(), jdbc.queryForObject("SELECT EMAIL_ADDRESS FROM BLC_ORDER WHERE ORDER_ID = ?",
                String.class, orderId));
        List<CustomerAddress> addresses = customerAddressService.readActiveCustomerAddressesByCustomerId(guestId);
        assertEquals(1, addresses.size());
        assertEquals("Springfield", addresses.get(0).getAddress().getCity());
    }

    @Test
    void theVisitorsBrowsingMovesToTheGuestProfile() {
        Long orderId = anonymousCart();
        Long visitor = ownerOf(orderId);
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL, IS_BOT) "
                    + "VALUES (?, ?, CURRENT_TIMESTAMP, '/hot-sauces', ?)", -visitor * 10 - i, visitor, Boolean.FALSE);
        }

        Long guest = checkout(orderId, new GuestContact("browsing-" + UUID.randomUUID() + "@example.com"));

        assertEquals(3, (int) jdbc.queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?",
                Integer.class, guest));
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?",
                Integer.class, visitor));
    }

    @Test
    void repeatCheckoutsWithTheSameEmailShareOneProfile() {
        String email = "repeat-" + UUID.randomUUID() + "@example.com";
        Long first = checkout(anonymousCart(), new GuestContact(email).name("Ann", "Old")
                .address(address("1 Main Street", "Springfield", "12345")));
        Long second = checkout(anonymousCart(), new GuestContact(email.toUpperCase()).name("Ann", "New")
                .address(address("1 MAIN STREET", "springfield", "12345")));
        Long third = checkout(anonymousCart(), new GuestContact(email)
                .address(address("9 Elm Road", "Shelbyville", "54321")));

        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals("New", customerService.readCustomerById(first).getLastName(), "the latest checkout's name wins");
        assertEquals(2, customerAddressService.readActiveCustomerAddressesByCustomerId(first).size(),
                "the same address is not added twice");
        assertEquals(3, (int) jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = ?",
                Integer.class, first));
    }

    @Test
    void oneProfilePerOrderWhenSoConfigured() throws Exception {
        GuestProfileServiceImpl target = (GuestProfileServiceImpl) ((Advised) guestProfileService)
                .getTargetSource().getTarget();
        String before = target.profilePer;
        target.profilePer = GuestProfileServiceImpl.PER_ORDER;
        try {
            String email = "per-order-" + UUID.randomUUID() + "@example.com";
            Long first = checkout(anonymousCart(), new GuestContact(email));
            Long second = checkout(anonymousCart(), new GuestContact(email));
            assertNotEquals(first, second);
        } finally {
            target.profilePer = before;
        }
    }

    @Test
    void aMalformedOrOverlongEmailIsRefusedAndTheOrderKeepsItsOwner() {
        final Long orderId = anonymousCart();
        Long owner = ownerOf(orderId);
        StringBuilder longEmail = new StringBuilder();
        while (longEmail.length() < 260) {
            longEmail.append("a");
        }
        longEmail.append("@example.com");
        for (final String bad : new String[] {"not-an-email", "two@@example.com", "", longEmail.toString()}) {
            InvalidGuestContactException refused = assertThrows(InvalidGuestContactException.class,
                    () -> checkout(orderId, new GuestContact(bad)));
            assertEquals("email", refused.getField());
        }
        assertEquals(owner, ownerOf(orderId));
    }

    @Test
    void twoSimultaneousCheckoutsWithOneEmailEndOnOneProfileKeepingBothOrders() throws Exception {
        final String email = "race-" + UUID.randomUUID() + "@example.com";
        final Long[] orders = {anonymousCart(), anonymousCart(), anonymousCart(), anonymousCart()};
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(orders.length);
        try {
            List<Future<Long>> results = new ArrayList<Future<Long>>();
            for (final Long order : orders) {
                results.add(pool.submit(new Callable<Long>() {
                    @Override
                    public Long call() throws Exception {
                        start.await();
                        return checkout(order, new GuestContact(email));
                    }
                }));
            }
            start.countDown();
            Long guest = results.get(0).get(60, TimeUnit.SECONDS);
            for (Future<Long> result : results) {
                assertEquals(guest, result.get(60, TimeUnit.SECONDS));
            }
            for (Long order : orders) {
                assertEquals(guest, ownerOf(order), "every order kept and attached");
            }
            assertEquals(1, (int) jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CM_CONTACT_EMAIL = ?",
                    Integer.class, email));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGuestCannotSignIn() {
        String email = "no-login-" + UUID.randomUUID() + "@example.com";
        Customer guest = customerService.readCustomerById(checkout(anonymousCart(), new GuestContact(email)));

        UserDetails details = userDetailsService.loadUserByUsername(guest.getUsername());
        assertFalse(details.isEnabled(), "the generated account is disabled");
        assertThrows(UsernameNotFoundException.class, () -> userDetailsService.loadUserByUsername(email),
                "the contact e-mail is no user name");
        assertEquals(guest.getId(), guestProfileService.findGuestByContactEmail(email.toUpperCase()).getId());
    }

    @Test
    void aGuestGetsNoPasswordResetByContactEmailNorByItsGeneratedName() {
        String email = "no-reset-" + UUID.randomUUID() + "@example.com";
        Customer guest = customerService.readCustomerById(checkout(anonymousCart(), new GuestContact(email)));

        GenericResponse byContactEmail = customerService.sendForgotPasswordNotification(email, "/reset");
        GenericResponse byGeneratedName = customerService.sendForgotPasswordNotification(guest.getUsername(), "/reset");
        GenericResponse usernameReminder = customerService.sendForgotUsernameNotification(email);

        assertTrue(byContactEmail.getErrorCodesList().contains("invalidCustomer"), byContactEmail.getErrorCodesList()
                .toString());
        assertTrue(byGeneratedName.getErrorCodesList().contains("inactiveUser"), byGeneratedName.getErrorCodesList()
                .toString());
        assertTrue(usernameReminder.getHasErrors(), "no user name is mailed for a guest's e-mail");
        assertEquals(0, (int) jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_PASSWORD_TOKEN "
                + "WHERE CUSTOMER_ID = ?", Integer.class, guest.getId()), "no reset token was issued");
    }

    private Long checkout(final Long orderId, final GuestContact contact) {
        Long guestId = tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Order order = orderService.findOrderById(orderId);
                Customer guest = guestProfileService.attachOrder(order, contact);
                try {
                    orderService.save(order, false);
                } catch (PricingException e) {
                    throw new IllegalStateException(e);
                }
                return guest.getId();
            }
        });
        synchronized (customers) {
            if (!customers.contains(guestId)) {
                customers.add(guestId);
            }
        }
        return guestId;
    }

    private Long anonymousCart() {
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Customer visitor = customerService.createNewCustomer(); // the cart saves it, as in the storefront
                Order cart = orderService.createNewCartForCustomer(visitor);
                customers.add(visitor.getId());
                return cart.getId();
            }
        });
    }

    private Long ownerOf(Long orderId) {
        return jdbc.queryForObject("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_ID = ?", Long.class, orderId);
    }

    private Address address(String line1, String city, String postalCode) {
        Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        address.setAddressLine1(line1);
        address.setCity(city);
        address.setPostalCode(postalCode);
        return address;
    }
}
