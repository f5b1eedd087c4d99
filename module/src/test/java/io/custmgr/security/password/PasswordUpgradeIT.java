package io.custmgr.security.password;

import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.apache.commons.codec.binary.Hex;
import org.broadleafcommerce.common.service.GenericResponse;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.sql.Timestamp;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers' passwords through Broadleaf's own services and the storefront's authentication manager (as the sample
 * wires it): bcrypt for new passwords, the sample's former SHA-256 hashes accepted and replaced at sign-in. The
 * sign-ins commit on their own, as in the storefront's filter; every test removes its customers.
 */
@BroadleafIntegrationTest
class PasswordUpgradeIT {

    @Resource(name = "blAuthenticationManager")
    AuthenticationManager authenticationManager;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    private final ShaPasswordEncoder legacy = UpgradingPasswordEncoderTest.sha256x1024();
    private final CommittedCustomers customers = CommittedCustomers.fromTestContext();

    @AfterEach
    void deleteCustomers() {
        customers.deleteAll();
    }

    @Test
    void registeringThroughBroadleafStoresABcryptHash() {
        customers.ensureUserRole();
        final String email = unique("registered");
        Customer registered = customers.track(customers.inTransaction(new TransactionCallback<Customer>() {
            @Override
            public Customer doInTransaction(TransactionStatus status) {
                Customer customer = customerService.createCustomer();
                customer.setUsername(email);
                customer.setEmailAddress(email);
                return customerService.registerCustomer(customer, "Secret123", "Secret123");
            }
        }));

        assertTrue(stored(registered).startsWith("$2a$04$"), "bcrypt at the tests' cost");
        assertTrue(signIn(email, "Secret123").isAuthenticated());
        assertTrue(customerService.isPasswordValid("Secret123", stored(registered), registered));
    }

    @Test
    void aLegacyHashSignsInAndIsThenStoredAsBcryptThatSignsInToo() {
        Customer customer = withLegacyPassword(unique("legacy"), "Legacy123");

        assertTrue(signIn(customer.getUsername(), "Legacy123").isAuthenticated());

        String upgraded = stored(customer);
        assertTrue(BcryptHashes.isBcrypt(upgraded), "replaced by bcrypt");
        assertTrue(signIn(customer.getUsername(), "Legacy123").isAuthenticated());
        assertEquals(upgraded, stored(customer), "a current hash is not replaced again");
        assertEquals(upgraded, customerService.readCustomerById(customer.getId()).getPassword(),
                "Hibernate's cache does not keep the old hash");
        assertEquals(0, customers.count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?", customer.getId()),
                "not a password change");
    }

    @Test
    void aWrongPasswordAgainstALegacyHashNeitherSignsInNorRehashes() {
        Customer customer = withLegacyPassword(unique("wrong"), "Legacy123");
        String before = stored(customer);

        assertThrows(BadCredentialsException.class, () -> signIn(customer.getUsername(), "Legacy1234"));
        assertThrows(BadCredentialsException.class, () -> signIn(customer.getUsername(), before));
        assertEquals(before, stored(customer));
    }

    @Test
    void anEmptyOrMissingStoredPasswordRefusesEveryPassword() {
        Customer customer = customers.registered(unique("empty"));
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET PASSWORD = '' WHERE CUSTOMER_ID = ?", customer.getId());
        assertThrows(BadCredentialsException.class, () -> signIn(customer.getUsername(), ""));

        assertEquals("", stored(customer));

        // Spring's User refuses a null password, so Broadleaf's user details service fails before any check
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET PASSWORD = NULL WHERE CUSTOMER_ID = ?", customer.getId());
        assertThrows(AuthenticationException.class, () -> signIn(customer.getUsername(), "null"));
        assertThrows(AuthenticationException.class, () -> signIn(customer.getUsername(), ""));
        assertNull(stored(customer));
    }

    @Test
    void aSignInInsideATransactionLeavesTheLoadedCustomerWithTheNewHash() {
        final Customer customer = withLegacyPassword(unique("managed"), "Legacy123");

        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                Customer loaded = customerService.readCustomerByUsername(customer.getUsername());
                signIn(customer.getUsername(), "Legacy123");
                assertTrue(BcryptHashes.isBcrypt(loaded.getPassword()), "the managed copy was refreshed");
                loaded.setFirstName("Renamed");
                customerService.saveCustomer(loaded); // writes every column: the old hash must not come back
            }
        });

        assertTrue(BcryptHashes.isBcrypt(stored(customer)));
        assertTrue(signIn(customer.getUsername(), "Legacy123").isAuthenticated());
    }

    @Test
    void broadleafsPasswordResetStillFindsItsLegacyHashedTokenAndStoresTheNewPasswordAsBcrypt() {
        Customer customer = withLegacyPassword(unique("reset"), "Legacy123");
        String salt = Hex.encodeHexString(customer.getId().toString().getBytes());
        customers.jdbc().update("INSERT INTO BLC_CUSTOMER_PASSWORD_TOKEN (PASSWORD_TOKEN, CUSTOMER_ID, CREATE_DATE, "
                + "TOKEN_USED_FLAG) VALUES (?, ?, ?, ?)", legacy.encodePassword("abcdefghij0123456789", salt),
                customer.getId(), new Timestamp(System.currentTimeMillis()), false);

        GenericResponse reset = customerService.resetPasswordUsingToken(customer.getUsername(),
                "abcdefghij0123456789-" + salt, "Renewed123", "Renewed123");

        assertFalse(reset.getHasErrors(), "token found: " + reset.getErrorCodesList());
        assertTrue(BcryptHashes.isBcrypt(stored(customer)));
        assertTrue(signIn(customer.getUsername(), "Renewed123").isAuthenticated());
        assertThrows(BadCredentialsException.class, () -> signIn(customer.getUsername(), "Legacy123"));
    }

    @Test
    void mailingAResetLinkStoresTheTokensRepeatableLegacyHash() {
        Customer customer = customers.registered(unique("mailed"));

        assertFalse(customerService.sendForgotPasswordNotification(customer.getUsername(), "/reset").getHasErrors());

        String token = customers.jdbc().queryForObject("SELECT PASSWORD_TOKEN FROM BLC_CUSTOMER_PASSWORD_TOKEN "
                + "WHERE CUSTOMER_ID = ?", String.class, customer.getId());
        assertTrue(token.matches("[0-9a-f]{64}"), "SHA-256 as before the switch, not bcrypt");
    }

    private Customer withLegacyPassword(String email, String password) {
        Customer customer = customers.registered(email);
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET PASSWORD = ? WHERE CUSTOMER_ID = ?",
                legacy.encodePassword(password, customer.getId()), customer.getId());
        return customer;
    }

    private Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private String stored(Customer customer) {
        return customers.jdbc().queryForObject("SELECT PASSWORD FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                String.class, customer.getId());
    }

    private static String unique(String name) {
        return "pw-" + name + "-" + UUID.randomUUID() + "@example.com";
    }
}
