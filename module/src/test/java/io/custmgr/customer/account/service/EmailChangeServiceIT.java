package io.custmgr.customer.account.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedTokens;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
class EmailChangeServiceIT {

    private static final String CONFIRM_URL = "http://shop.example" + EmailChangeService.CONFIRM_PATH;

    @Resource(name = "cmEmailChangeService")
    EmailChangeService emailChanges;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    EmailChangeServiceImpl target;
    CustomerMailer realMailer;
    final List<CustomerMail> outbox = new ArrayList<CustomerMail>();

    @BeforeEach
    void setUp() throws Exception {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        target = (EmailChangeServiceImpl) ((Advised) emailChanges).getTargetSource().getTarget();
        realMailer = target.mailer;
        target.mailer = new CustomerMailer() {
            @Override
            public boolean send(CustomerMail mail) {
                outbox.add(mail);
                return true;
            }
        };
    }

    @AfterEach
    void cleanUp() {
        target.mailer = realMailer;
        customers.deleteAll();
    }

    @Test
    void theLoginChangesOnlyWhenTheLinkMailedToTheNewAddressIsFollowed() {
        Customer shopper = customers.registered(unique("old"));
        String newEmail = unique("new");

        assertEquals(newEmail, emailChanges.requestChange(shopper, "  " + newEmail + " ", CONFIRM_URL));

        assertEquals(1, outbox.size());
        assertEquals(newEmail, outbox.get(0).getTo(), "the link goes to the new address");
        assertEquals(shopper.getEmailAddress(), reload(shopper).getUsername(), "unchanged until confirmed");
        String token = token(outbox.get(0));

        Customer changed = emailChanges.confirmChange(token, shopper);

        assertEquals(newEmail, changed.getEmailAddress());
        assertEquals(newEmail, reload(shopper).getUsername());
        assertEquals(newEmail, reload(shopper).getEmailAddress());
        assertEquals("used", refusal(token, shopper));
    }

    @Test
    void anotherAccountCannotUseTheLink() {
        Customer shopper = customers.registered(unique("owner"));
        Customer stranger = customers.registered(unique("stranger"));
        emailChanges.requestChange(shopper, unique("wanted"), CONFIRM_URL);
        String token = token(outbox.get(0));

        assertEquals("otherAccount", refusal(token, stranger));
        assertEquals("otherAccount", refusal(token, null));
        assertEquals(shopper.getEmailAddress(), reload(shopper).getEmailAddress());
    }

    @Test
    void badAddressesAreRefusedBeforeAnythingIsMailed() {
        Customer shopper = customers.registered(unique("bad"));
        Customer other = customers.registered(unique("Other"));

        assertEquals(CustomerAccountService.EMAIL_INVALID, requestRefusal(shopper, "no-at-sign"));
        assertEquals(CustomerAccountService.EMAIL_REQUIRED, requestRefusal(shopper, "   "));
        assertEquals(EmailChangeService.SAME_EMAIL, requestRefusal(shopper, shopper.getEmailAddress().toUpperCase()));
        assertEquals(EmailChangeService.EMAIL_IN_USE, requestRefusal(shopper, other.getEmailAddress().toUpperCase()));
        assertTrue(outbox.isEmpty());
        assertEquals(0, customers.count("CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", shopper.getId()));
    }

    @Test
    void anExpiredLinkOrAnAddressTakenMeanwhileChangesNothing() {
        Customer shopper = customers.registered(unique("late"));
        String wanted = unique("wanted");
        emailChanges.requestChange(shopper, wanted, CONFIRM_URL);
        emailChanges.requestChange(shopper, unique("slow"), CONFIRM_URL);
        String takenToken = token(outbox.get(0));
        String expiredToken = token(outbox.get(1));
        customers.registered(wanted.toUpperCase()); // someone registered the address after the request
        customers.jdbc().update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE TOKEN_HASH = ?",
                new Timestamp(System.currentTimeMillis() - 1000L), MailedTokens.hash(expiredToken));

        assertEquals(EmailChangeService.EMAIL_IN_USE, refusal(takenToken, shopper));
        assertEquals("expired", refusal(expiredToken, shopper));
        assertEquals("unknown", refusal(takenToken + "0", shopper));
        assertEquals(shopper.getEmailAddress(), reload(shopper).getEmailAddress());
    }

    @Test
    void onlyTheTokensHashIsStored() {
        Customer shopper = customers.registered(unique("hash"));
        emailChanges.requestChange(shopper, unique("hashed"), CONFIRM_URL);
        String token = token(outbox.get(0));

        assertNotNull(customers.jdbc().queryForObject("SELECT TOKEN_HASH FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?",
                String.class, shopper.getId()));
        assertEquals(0, customers.count("CM_MAILED_TOKEN WHERE TOKEN_HASH = ?", token));
        assertEquals(1, customers.count("CM_MAILED_TOKEN WHERE TOKEN_HASH = ? AND PURPOSE = 'EMAIL_CHANGE'",
                MailedTokens.hash(token)));
        assertNull(customers.jdbc().queryForObject("SELECT USED FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?",
                Timestamp.class, shopper.getId()));
    }

    private String refusal(final String token, final Customer signedIn) {
        return assertThrows(MailedLinkRefusedException.class, () -> emailChanges.confirmChange(token, signedIn))
                .getCode();
    }

    private String requestRefusal(final Customer shopper, final String email) {
        return assertThrows(InvalidEmailChangeException.class,
                () -> emailChanges.requestChange(shopper, email, CONFIRM_URL)).getReason();
    }

    private Customer reload(Customer customer) {
        return customerService.readCustomerById(customer.getId());
    }

    private static String token(CustomerMail mail) {
        String url = (String) mail.getVariables().get("confirmUrl");
        assertTrue(url.startsWith(CONFIRM_URL + "?token="), url);
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }
}
