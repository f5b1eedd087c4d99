package io.custmgr.customer.account.service;

import io.custmgr.customer.account.dao.LoginKeyDao;
import io.custmgr.customer.account.domain.LoginTakenException;
import io.custmgr.customer.account.domain.SharedLoginException;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.TestDatabase;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import java.util.concurrent.atomic.AtomicLong;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mail is the login, ignoring case, whichever code saves or looks up the customer (rolled back). */
@BroadleafIntegrationTest
@Transactional
class CaseInsensitiveLoginIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1000000);

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blUserDetailsService")
    UserDetailsService userDetailsService;

    @Resource(name = "cmCustomerAccountService")
    CustomerAccountService accounts;

    @Resource(name = "cmLoginKeyDao")
    LoginKeyDao loginKeys;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void signInFindsTheAccountWhateverTheCaseAndRunsWithItsStoredName() {
        String email = unique("Jane.Doe");
        Customer jane = registered(email);

        assertEquals(email, userDetailsService.loadUserByUsername("  " + email.toUpperCase() + " ").getUsername());
        assertEquals(jane.getId(), customerService.readCustomerByUsername(email.toLowerCase()).getId());
        assertEquals(jane.getId(), customerService.readCustomerByUsername(email.toUpperCase(), false).getId());
        assertEquals(jane.getId(), customerService.readCustomerByEmail(" " + email.toLowerCase()).getId());
    }

    @Test
    void anExactMatchIsFoundWithoutTheKeys() {
        String email = unique("exact");
        Customer customer = registered(email);
        jdbc().update("DELETE FROM CM_LOGIN_KEY WHERE CUSTOMER_ID = ?", customer.getId());

        assertEquals(customer.getId(), customerService.readCustomerByUsername(email).getId());
        Customer otherCase = customerService.readCustomerByUsername(email.toUpperCase());
        if (TestDatabase.isMariaDb()) {
            // MariaDB's default collations ignore case: Broadleaf's own query already matches (see the README)
            assertEquals(customer.getId(), otherCase.getId());
        } else {
            assertNull(otherCase);
        }
    }

    @Test
    void registeringACaseVariantThroughBroadleafsServiceIsRefusedAndSavesNothing() {
        new CommittedCustomers(transactionManager, customerService, orderService).ensureUserRole();
        String email = unique("demo");
        Customer demo = registered(email);
        int customersBefore = customerCount();

        Customer copy = customerService.createCustomer();
        copy.setUsername(email.toUpperCase());
        copy.setEmailAddress(email.toUpperCase());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            customerService.registerCustomer(copy, "secret123", "secret123");
            em.flush();
        });

        assertNotNull(LoginTakenException.in(refused), "refused for the login, not something else: " + refused);
        assertEquals(demo.getId(), LoginTakenException.in(refused).getOwnerId());
        assertEquals(customersBefore, customerCount());
    }

    @Test
    void hostCodeMovingAnAccountToAnotherAccountsAddressIsRefused() {
        String taken = unique("owner");
        Customer owner = registered(taken);
        Customer other = registered(unique("other"));

        other.setEmailAddress(" " + taken.toUpperCase());
        other.setUsername(taken.toUpperCase());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            customerService.saveCustomer(other, false);
            em.flush();
        });

        assertEquals(owner.getId(), LoginTakenException.in(refused).getOwnerId());
    }

    @Test
    void aChangedAddressFreesTheOldOneAndSignsInWithTheNewOne() {
        String before = unique("before");
        String after = unique("after");
        Customer customer = registered(before);

        customer.setEmailAddress(after);
        customer.setUsername(after);
        customerService.saveCustomer(customer, false);
        em.flush();
        Customer newcomer = registered(before.toUpperCase());

        assertEquals(after, userDetailsService.loadUserByUsername(after.toUpperCase()).getUsername());
        assertEquals(newcomer.getId(), customerService.readCustomerByUsername(before).getId());
        assertEquals(1, keysOf(customer), "user name and e-mail are one key");
    }

    @Test
    void guestsAndAnonymousVisitorsHoldNoKey() {
        Customer guest = customerService.createCustomer();
        String generated = unique("guest-generated");
        guest.setUsername(generated);
        guest.setEmailAddress(generated);
        ((GuestCustomer) guest).getGuestProfile().setGuest(true);
        guest = customerService.saveCustomer(guest, false);
        Customer visitor = customerService.createNewCustomer();
        visitor.setUsername(String.valueOf(visitor.getId())); // as Broadleaf names an anonymous cart's customer
        visitor = customerService.saveCustomer(visitor, false);
        em.flush();

        assertEquals(0, keysOf(guest));
        assertEquals(0, keysOf(visitor));
        assertNull(accounts.findEmailOwner(generated, null));
    }

    @Test
    void anAddressSharedFromBeforeTheModuleRefusesSignInUntilTheMerchantResolvesIt() {
        String shared = unique("shared");
        Customer first = registered(shared);
        Customer second = registered(unique("second"));
        // as data from before the module: the second account got the same address in other case
        jdbc().update("UPDATE BLC_CUSTOMER SET USER_NAME = ?, EMAIL_ADDRESS = ? WHERE CUSTOMER_ID = ?",
                shared.toUpperCase(), shared.toUpperCase(), second.getId());
        jdbc().update("DELETE FROM CM_LOGIN_KEY");
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();

        assertTrue(loginKeys.backfillIfEmpty() >= 1);
        assertTrue(accounts.findLogin(shared).isShared());
        assertThrows(SharedLoginException.class, () -> userDetailsService.loadUserByUsername(shared));
        assertNotNull(accounts.findEmailOwner(shared, null), "the admin names one of them");

        // the merchant gives the second account another address: the first one signs in again
        Customer resolved = customerService.readCustomerById(second.getId());
        String elsewhere = unique("elsewhere");
        resolved.setEmailAddress(elsewhere);
        resolved.setUsername(elsewhere);
        customerService.saveCustomer(resolved, false);
        em.flush();

        assertEquals(first.getId(), accounts.findLogin(shared.toUpperCase()).getCustomerId());
        assertEquals(shared, userDetailsService.loadUserByUsername(shared.toUpperCase()).getUsername());
    }

    @Test
    void aDeletedAccountFreesItsAddress() {
        String email = unique("deleted");
        Customer customer = registered(email);

        em.remove(em.find(customer.getClass(), customer.getId()));
        em.flush();

        assertEquals(0, keysOf(customer));
        assertNull(accounts.findLogin(email).getCustomerId());
    }

    private Customer registered(String email) {
        Customer customer = customerService.createCustomer();
        customer.setUsername(email);
        customer.setEmailAddress(email);
        customer.setRegistered(true);
        customer.setUnencodedPassword("initial1");
        Customer saved = customerService.saveCustomer(customer, false);
        em.flush();
        return saved;
    }

    private int keysOf(Customer customer) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM CM_LOGIN_KEY WHERE CUSTOMER_ID = ?", Integer.class,
                customer.getId());
    }

    private int customerCount() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER", Integer.class);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(transactionManager.getDataSource());
    }

    static String unique(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@Example.com";
    }
}
