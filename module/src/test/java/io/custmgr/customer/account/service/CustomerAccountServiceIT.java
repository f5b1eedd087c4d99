package io.custmgr.customer.account.service;

import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.account.service.CustomerAccountService.EMAIL_INVALID;
import static io.custmgr.customer.account.service.CustomerAccountService.EMAIL_REQUIRED;
import static io.custmgr.customer.account.service.CustomerAccountService.EMAIL_TOO_LONG;
import static io.custmgr.customer.account.service.CustomerAccountService.PASSWORD_MISMATCH;
import static io.custmgr.customer.account.service.CustomerAccountService.PASSWORD_REQUIRED;
import static io.custmgr.customer.account.service.CustomerAccountService.PASSWORD_TOO_LONG;
import static io.custmgr.customer.account.service.CustomerAccountService.PASSWORD_TOO_SHORT;
import static io.custmgr.customer.account.service.CustomerAccountService.PASSWORD_TOO_WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
@Transactional
class CustomerAccountServiceIT {

    @Resource(name = "cmCustomerAccountService")
    CustomerAccountService accounts;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void emailOwnerIsFoundIgnoringCaseAndSurroundingBlanks() {
        Customer jane = registered("Jane.Doe@Example.com", "Jane.Doe@Example.com");

        assertEquals(jane.getId(), accounts.findEmailOwner(accounts.normalizeEmail("  jane.doe@EXAMPLE.com "), null));
        assertEquals(jane.getId(), accounts.findEmailOwner("JANE.DOE@example.com", -1L));
    }

    @Test
    void customerDoesNotConflictWithItself() {
        Customer jane = registered("self@example.com", "self@example.com");

        assertNull(accounts.findEmailOwner("SELF@example.com", jane.getId()));
    }

    @Test
    void userNameCountsEvenWhenTheEmailWasChangedApart() {
        Customer legacy = registered("old-login@example.com", "new-address@example.com");

        assertEquals(legacy.getId(), accounts.findEmailOwner("Old-Login@example.com", null));
        assertEquals(legacy.getId(), accounts.findEmailOwner("new-address@example.com", null));
        assertNull(accounts.findEmailOwner("nobody@example.com", null));
    }

    @Test
    void emailFormatIsCheckedAfterTrimming() {
        assertEquals("a@b.org", accounts.normalizeEmail("  a@b.org\t"));
        assertNull(accounts.normalizeEmail("   "));
        assertEquals(EMAIL_REQUIRED, accounts.checkEmailFormat(null));
        assertEquals(EMAIL_INVALID, accounts.checkEmailFormat("not-an-address"));
        assertEquals(EMAIL_INVALID, accounts.checkEmailFormat("two@@example.com"));
        assertEquals(EMAIL_TOO_LONG, accounts.checkEmailFormat(repeat('a', 250) + "@example.com"));
        assertNull(accounts.checkEmailFormat("a@b.org"));
    }

    @Test
    void passwordPolicyNamesTheBrokenRule() {
        assertEquals(PASSWORD_REQUIRED, accounts.checkNewPassword("", ""));
        assertEquals(PASSWORD_TOO_SHORT, accounts.checkNewPassword("abc123", "abc123"));
        assertEquals(PASSWORD_TOO_LONG, accounts.checkNewPassword(repeat('a', 128) + "1", repeat('a', 128) + "1"));
        assertEquals(PASSWORD_TOO_WEAK, accounts.checkNewPassword("onlyletters", "onlyletters"));
        assertEquals(PASSWORD_TOO_WEAK, accounts.checkNewPassword("1234567890", "1234567890"));
        assertEquals(PASSWORD_MISMATCH, accounts.checkNewPassword("secret123", "secret124"));
        assertNull(accounts.checkNewPassword("secret123", "secret123"));
    }

    @Test
    void changedPasswordIsStoredWithTheHostEncoderAndSignsIn() {
        Customer customer = registered("pw@example.com", "pw@example.com");

        accounts.changePassword(customer, "n3w-secret");
        customerService.saveCustomer(customer, false);
        em.flush();
        em.clear();

        Customer reloaded = customerService.readCustomerById(customer.getId());
        assertNotEquals("n3w-secret", reloaded.getPassword(), "never stored as typed");
        assertTrue(customerService.isPasswordValid("n3w-secret", reloaded.getPassword(), reloaded));
        assertFalse(customerService.isPasswordValid("initial", reloaded.getPassword(), reloaded));
    }

    @Test
    void loginChangeMovesEmailAndUserNameTogether() {
        Customer customer = registered("before@example.com", "before@example.com");

        accounts.changeLogin(customer, "after@example.com");
        customerService.saveCustomer(customer, false);
        em.flush();
        em.clear();

        assertEquals(customer.getId(), customerService.readCustomerByUsername("after@example.com", false).getId());
        assertNull(customerService.readCustomerByUsername("before@example.com", false));
    }

    private Customer registered(String username, String email) {
        Customer customer = customerService.createCustomer();
        customer.setUsername(username);
        customer.setEmailAddress(email);
        customer.setRegistered(true);
        customer.setUnencodedPassword("initial");
        Customer saved = customerService.saveCustomer(customer, false);
        em.flush();
        return saved;
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
