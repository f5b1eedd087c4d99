package io.custmgr.guest.service;

import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.service.GenericResponse;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

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

    CommittedCustomers customers;
    GuestCheckouts checkouts;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        checkouts = new GuestCheckouts(customers, guestProfileService, orderService, entityConfiguration);
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void aCheckoutWithoutAccountCreatesAGuestProfileThatOwnsTheOrder() {
        String email = "  Buyer-" + UUID.randomUUID() + "@Example.com ";
        Long orderId = customers.anonymousCart();

        Long guestId = checkouts.checkout(orderId, new GuestContact(email).name("Ada", "Buyer").phone("+1 555 0100")
                .address(checkouts.address("1 Main Street", "Springfield", "12345")));

        Customer guest = customerService.readCustomerById(guestId);
        GuestProfile profile = ((GuestCustomer) guest).getGuestProfile();
        assertTrue(profile.isGuest());
        assertEquals(email.trim(), profile.getContactEmail());
        assertTrue(guest.getUsername().endsWith("@guest.custmgr.invalid"), guest.getUsername());
        assertEquals(guest.getUsername(), guest.getEmailAddress(), "the buyer's address never becomes an account's");
        assertFalse(guest.isRegistered());
        assertEquals("Ada", guest.getFirstName());
        assertEquals("+1 555 0100", ((ProfiledCustomer) guest).getCustomerProfile().getPhone());
        assertEquals(guestId, customers.ownerOf(orderId));
        assertEquals(email.trim(), customers.jdbc().queryForObject("SELECT EMAIL_ADDRESS FROM BLC_ORDER WHERE ORDER_ID = ?",
                String.class, orderId));
        List<CustomerAddress> addresses = customerAddressService.readActiveCustomerAddressesByCustomerId(guestId);
        assertEquals(1, addresses.size());
        assertEquals("Springfield", addresses.get(0).getAddress().getCity());
    }

    @Test
    void theVisitorsBrowsingMovesToTheGuestProfile() {
        Long orderId = customers.anonymousCart();
        Long visitor = customers.ownerOf(orderId);
        for (int i = 0; i < 3; i++) {
            customers.jdbc().update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL, IS_BOT) "
                    + "VALUES (?, ?, CURRENT_TIMESTAMP, '/hot-sauces', ?)", -visitor * 10 - i, visitor, Boolean.FALSE);
        }

        Long guest = checkouts.checkout(orderId, new GuestContact("browsing-" + UUID.randomUUID() + "@example.com"));

        assertEquals(3, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?",
                Integer.class, guest));
        assertEquals(0, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?",
                Integer.class, visitor));
    }

    @Test
    void repeatCheckoutsWithTheSameEmailShareOneProfile() {
        String email = "repeat-" + UUID.randomUUID() + "@example.com";
        Long first = checkouts.checkout(customers.anonymousCart(), new GuestContact(email).name("Ann", "Old")
                .address(checkouts.address("1 Main Street", "Springfield", "12345")));
        Long second = checkouts.checkout(customers.anonymousCart(), new GuestContact(email.toUpperCase()).name("Ann", "New")
                .address(checkouts.address("1 MAIN STREET", "springfield", "12345")));
        Long third = checkouts.checkout(customers.anonymousCart(), new GuestContact(email)
                .address(checkouts.address("9 Elm Road", "Shelbyville", "54321")));

        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals("New", customerService.readCustomerById(first).getLastName(), "the latest checkout's name wins");
        assertEquals(2, customerAddressService.readActiveCustomerAddressesByCustomerId(first).size(),
                "the same address is not added twice");
        assertEquals(3, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE CUSTOMER_ID = ?",
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
            Long first = checkouts.checkout(customers.anonymousCart(), new GuestContact(email));
            Long second = checkouts.checkout(customers.anonymousCart(), new GuestContact(email));
            assertNotEquals(first, second);
        } finally {
            target.profilePer = before;
        }
    }

    @Test
    void aMalformedOrOverlongEmailIsRefusedAndTheOrderKeepsItsOwner() {
        final Long orderId = customers.anonymousCart();
        Long owner = customers.ownerOf(orderId);
        StringBuilder longEmail = new StringBuilder();
        while (longEmail.length() < 260) {
            longEmail.append("a");
        }
        longEmail.append("@example.com");
        for (final String bad : new String[] {"not-an-email", "two@@example.com", "", longEmail.toString()}) {
            InvalidGuestContactException refused = assertThrows(InvalidGuestContactException.class,
                    () -> checkouts.checkout(orderId, new GuestContact(bad)));
            assertEquals("email", refused.getField());
        }
        assertEquals(owner, customers.ownerOf(orderId));
    }

    @Test
    void twoSimultaneousCheckoutsWithOneEmailEndOnOneProfileKeepingBothOrders() throws Exception {
        final String email = "race-" + UUID.randomUUID() + "@example.com";
        final Long[] orders = {customers.anonymousCart(), customers.anonymousCart(), customers.anonymousCart(), customers.anonymousCart()};
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(orders.length);
        try {
            List<Future<Long>> results = new ArrayList<Future<Long>>();
            for (final Long order : orders) {
                results.add(pool.submit(new Callable<Long>() {
                    @Override
                    public Long call() throws Exception {
                        start.await();
                        return checkouts.checkout(order, new GuestContact(email));
                    }
                }));
            }
            start.countDown();
            Long guest = results.get(0).get(60, TimeUnit.SECONDS);
            for (Future<Long> result : results) {
                assertEquals(guest, result.get(60, TimeUnit.SECONDS));
            }
            for (Long order : orders) {
                assertEquals(guest, customers.ownerOf(order), "every order kept and attached");
            }
            assertEquals(1, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CM_CONTACT_EMAIL = ?",
                    Integer.class, email));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGuestCannotSignIn() {
        String email = "no-login-" + UUID.randomUUID() + "@example.com";
        Customer guest = customerService.readCustomerById(checkouts.checkout(customers.anonymousCart(), new GuestContact(email)));

        UserDetails details = userDetailsService.loadUserByUsername(guest.getUsername());
        assertFalse(details.isEnabled(), "the generated account is disabled");
        assertThrows(UsernameNotFoundException.class, () -> userDetailsService.loadUserByUsername(email),
                "the contact e-mail is no user name");
        assertEquals(guest.getId(), guestProfileService.findGuestByContactEmail(email.toUpperCase()).getId());
    }

    @Test
    void aGuestGetsNoPasswordResetByContactEmailNorByItsGeneratedName() {
        String email = "no-reset-" + UUID.randomUUID() + "@example.com";
        Customer guest = customerService.readCustomerById(checkouts.checkout(customers.anonymousCart(), new GuestContact(email)));

        GenericResponse byContactEmail = customerService.sendForgotPasswordNotification(email, "/reset");
        GenericResponse byGeneratedName = customerService.sendForgotPasswordNotification(guest.getUsername(), "/reset");
        GenericResponse usernameReminder = customerService.sendForgotUsernameNotification(email);

        assertTrue(byContactEmail.getErrorCodesList().contains("invalidCustomer"), byContactEmail.getErrorCodesList()
                .toString());
        assertTrue(byGeneratedName.getErrorCodesList().contains("inactiveUser"), byGeneratedName.getErrorCodesList()
                .toString());
        assertTrue(usernameReminder.getHasErrors(), "no user name is mailed for a guest's e-mail");
        assertEquals(0, (int) customers.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER_PASSWORD_TOKEN "
                + "WHERE CUSTOMER_ID = ?", Integer.class, guest.getId()), "no reset token was issued");
    }
}
