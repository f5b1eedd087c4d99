package io.custmgr.maillog.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.maillog.type.MailStatus;
import io.custmgr.message.domain.MessageLimits;
import io.custmgr.message.service.InvalidMessageException;
import io.custmgr.message.service.MessageInput;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.email.domain.EmailTargetImpl;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.mail.MailSendException;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail log sees every mail that goes through blEmailService — the module's, Broadleaf's own password reset, the
 * merchant's — with kind, customer, status and content (mailed tokens masked); a failed send is logged and does not
 * break its sender; the merchant's sends are checked, sent once per form and audited; old entries are purged in
 * batches.
 */
@BroadleafIntegrationTest
class MailLogIT {

    static final String SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Resource(name = "cmCustomerMailer")
    CustomerMailer mailer;

    @Resource(name = "cmMailLogService")
    MailLogService mailLog;

    @Resource(name = "cmMailLogRecorder")
    MailLogRecorder recorder;

    @Resource(name = "cmMerchantMailService")
    MerchantMailService merchantMails;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    CommittedCustomers customers;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void aModuleMailIsLoggedForItsCustomerWithItsKindAndTheLinksTokenMasked() throws Exception {
        Customer shopper = customers.registered(unique("buyer"));
        String link = "https://shop.example/orders/DEMO-1?token=" + SECRET;

        assertTrue(mailer.send(new CustomerMail(shopper.getEmailAddress(), "orderConfirmation", "Your order DEMO-1")
                .withBody("<p>Thanks!</p><p><a href=\"" + link + "\">" + link + "</a></p>")
                .with("orderUrl", link)
                .about(MailKind.ORDER_CONFIRMATION, shopper.getId())));

        MailLogView mail = only(shopper.getId());
        assertEquals(MailKind.ORDER_CONFIRMATION.getType(), mail.getKind());
        assertEquals("Order confirmation", mail.getKindLabel());
        assertEquals(shopper.getEmailAddress(), mail.getTo());
        assertEquals("Your order DEMO-1", mail.getSubject());
        assertEquals(MailStatus.SENT, mail.getStatus());
        MailLogView stored = mailLog.findMail(shopper.getId(), mail.getId());
        assertFalse(stored.getContent().contains(SECRET), stored.getContent());
        assertTrue(stored.getContent().contains("token=" + MailSecrets.MASK), stored.getContent());
        assertTrue(stored.isMasked());
        assertFalse(stored.isResendable(), "a masked mail cannot be resent from the log");
        assertThrows(MailNotResendableException.class,
                () -> merchantMails.resend(shopper.getId(), mail.getId(), UUID.randomUUID().toString()));
    }

    @Test
    void broadleafsOwnPasswordResetIsLoggedForTheAccountOfItsAddress() throws Exception {
        Customer shopper = customers.registered(unique("forgot"));

        assertFalse(customerService.sendForgotPasswordNotification(shopper.getUsername(), "/reset").getHasErrors());

        MailLogView mail = only(shopper.getId());
        assertEquals(MailKind.PASSWORD_RESET.getType(), mail.getKind(), "known by Broadleaf's EmailInfo bean");
        assertEquals("Set your password", mail.getSubject());
        assertEquals(MailStatus.SENT, mail.getStatus());
    }

    @Test
    void aFailedSendIsLoggedWithItsErrorAndTheSenderCarriesOn() throws Exception {
        Customer shopper = customers.registered(unique("bounce"));
        MessageCreator failing = new MessageCreator(null) {
            @Override
            public String buildMessageBody(EmailInfo info, Map<String, Object> props) {
                return "<p>Welcome</p>";
            }

            @Override
            public void sendMessage(Map<String, Object> props) {
                throw new MailSendException("550 mailbox unavailable");
            }
        };
        LoggingMessageCreator logged = new LoggingMessageCreator(failing, BroadleafTestContext.get(),
                MailSecrets.of("token"), Collections.<String, String>emptyMap(), false);
        EmailInfo info = new EmailInfo();
        info.setSubject("Welcome");
        EmailTargetImpl target = new EmailTargetImpl();
        target.setEmailAddress(shopper.getEmailAddress());
        Map<String, Object> props = new HashMap<String, Object>();
        props.put(EmailPropertyType.INFO.getType(), info);
        props.put(EmailPropertyType.USER.getType(), target);
        props.put("customer", shopper);

        logged.sendMessage(props); // does not throw: the registration that sent it stays

        MailLogView mail = only(shopper.getId());
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertTrue(mail.getError().contains("550 mailbox unavailable"), mail.getError());
        assertEquals("<p>Welcome</p>", mailLog.findMail(shopper.getId(), mail.getId()).getContent());
        assertNull(info.getMessageBody(), "the shared EmailInfo is left as it was");
    }

    @Test
    void theMerchantsMailIsSentOnceForADoubleSubmitEscapedAndAudited() throws Exception {
        Customer shopper = customers.registered(unique("merchant"));
        String key = UUID.randomUUID().toString();

        MailLogView first = merchantMails.send(shopper.getId(), "About your order", "Hi <b>Jane</b>\n<script>x()</script>",
                key);
        MailLogView second = merchantMails.send(shopper.getId(), "About your order", "Hi again", key);

        assertEquals(first.getId(), second.getId(), "the same form sends once");
        MailLogView mail = only(shopper.getId());
        assertEquals(MailStatus.SENT, mail.getStatus(), "the outcome is there when send returns");
        assertEquals(MailKind.MERCHANT.getType(), mail.getKind());
        String content = mailLog.findMail(shopper.getId(), mail.getId()).getContent();
        assertEquals("<p>Hi &lt;b&gt;Jane&lt;/b&gt;<br>&lt;script&gt;x()&lt;/script&gt;</p>\n", content);
        assertEquals(1, audited(shopper.getId(), "EMAIL_SENT"));

        MailLogView resent = merchantMails.resend(shopper.getId(), mail.getId(), "resend-" + key);
        merchantMails.resend(shopper.getId(), mail.getId(), "resend-" + key);
        List<MailLogView> mails = mailLog.findMails(shopper.getId(), 10);
        assertEquals(2, mails.size(), "one resend for two clicks");
        assertEquals(mail.getId(), resent.getResentFrom());
        assertEquals(content, mailLog.findMail(shopper.getId(), resent.getId()).getContent());
        assertEquals(1, audited(shopper.getId(), "EMAIL_RESENT"));
    }

    @Test
    void aHeaderInjectionAnOversizedBodyOrAnotherCustomersEntrySendNothing() throws Exception {
        Customer shopper = customers.registered(unique("inject"));
        Customer other = customers.registered(unique("other"));

        InvalidMessageException injected = assertThrows(InvalidMessageException.class, () -> merchantMails.send(
                shopper.getId(), "Hello\r\nBcc: everyone@example.com", "Body", UUID.randomUUID().toString()));
        assertEquals(MessageInput.CONTROL_CHARACTERS, injected.getErrors().get(MessageInput.SUBJECT));
        StringBuilder huge = new StringBuilder();
        while (huge.length() <= MessageLimits.BODY_LENGTH) {
            huge.append("0123456789");
        }
        assertEquals(MessageInput.TOO_LONG, assertThrows(InvalidMessageException.class, () -> merchantMails.send(
                shopper.getId(), "Hi", huge.toString(), UUID.randomUUID().toString())).getErrors().get("body"));
        recorder.flush(5000);
        assertTrue(mailLog.findMails(shopper.getId(), 10).isEmpty());
        assertEquals(0, audited(shopper.getId(), "EMAIL_SENT"));

        MailLogView othersMail = merchantMails.send(other.getId(), "Hi", "Body", UUID.randomUUID().toString());
        assertThrows(MailLogEntryNotFoundException.class, () -> mailLog.findMail(shopper.getId(), othersMail.getId()));
        assertThrows(MailLogEntryNotFoundException.class,
                () -> merchantMails.resend(shopper.getId(), othersMail.getId(), UUID.randomUUID().toString()));
    }

    @Test
    void entriesOlderThanTheRetentionArePurgedInBatches() throws Exception {
        Customer shopper = customers.registered(unique("purge"));
        for (int i = 0; i < 5; i++) {
            insert(shopper.getId(), 40 + i);
        }
        insert(shopper.getId(), 1);
        MailLogServiceImpl service = (MailLogServiceImpl) ((Advised) mailLog).getTargetSource().getTarget();
        service.setBatchSize(2);
        try {
            assertEquals(5, mailLog.purgeOlderThan(30));
        } finally {
            service.setBatchSize(500);
        }
        assertEquals(1, mailLog.findMails(shopper.getId(), 10).size(), "the recent one stays");
        assertEquals(0, mailLog.purgeOlderThan(0), "0 keeps everything");
    }

    private void insert(Long customerId, int daysAgo) {
        customers.jdbc().update("INSERT INTO CM_MAIL_LOG (LOG_ID, CUSTOMER_ID, TO_ADDRESS, SUBJECT, KIND, CREATED,"
                + " STATUS, MASKED) VALUES (?, ?, 'x@example.com', 'Old', 'OTHER', ?, 'SENT', FALSE)",
                UUID.randomUUID().toString(), customerId,
                new Timestamp(System.currentTimeMillis() - daysAgo * 86400000L));
    }

    private MailLogView only(Long customerId) throws InterruptedException {
        assertTrue(recorder.flush(5000), "the log's writer caught up");
        List<MailLogView> mails = mailLog.findMails(customerId, 10);
        assertEquals(1, mails.size(), "mails of the customer: " + mails.size());
        return mails.get(0);
    }

    private int audited(Long customerId, String action) {
        return customers.jdbc().queryForObject("SELECT COUNT(*) FROM CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?"
                + " AND ACTION = ?", Integer.class, customerId, action);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
