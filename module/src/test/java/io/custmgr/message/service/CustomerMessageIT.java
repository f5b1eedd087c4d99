package io.custmgr.message.service;

import io.custmgr.common.mail.BodyFormat;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Private messages: the merchant's message lands in the customer's inbox unread, once per form, audited; opening it
 * marks it read once; nobody else finds it; deleting the customer takes its messages along.
 */
@BroadleafIntegrationTest
class CustomerMessageIT {

    @Resource(name = "cmCustomerMessageService")
    CustomerMessageService messages;

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
    void aMessageIsUnreadUntilOpenedAndOpeningItAgainKeepsTheFirstReadTime() {
        Customer shopper = customers.registered(unique("inbox"));

        MessageView sent = messages.send(shopper.getId(), " Your order ", "Line 1\n<script>alert(1)</script>", key());

        assertEquals("Your order", sent.getSubject());
        assertEquals("Line 1\n<script>alert(1)</script>", sent.getBody(), "stored as typed; pages escape it");
        assertEquals(1, messages.countUnread(shopper.getId()));
        assertFalse(messages.findMessage(shopper.getId(), sent.getId()).isRead(), "the admin's look leaves it unread");

        MessageView opened = messages.open(shopper.getId(), sent.getId());
        assertTrue(opened.isRead());
        assertEquals(0, messages.countUnread(shopper.getId()));
        assertEquals(opened.getReadTime(), messages.open(shopper.getId(), sent.getId()).getReadTime());
        assertEquals(1, customers.jdbc().queryForObject("SELECT COUNT(*) FROM CM_CUSTOMER_AUDIT"
                + " WHERE CUSTOMER_ID = ? AND ACTION = 'MESSAGE_SENT'", Integer.class, shopper.getId()).intValue());
    }

    @Test
    void aFormattedMessageIsSafeHtmlAndTheCustomerIsToldByMailWithALinkToIt() throws Exception {
        Customer shopper = customers.registered(unique("formatted"));
        CustomerMessageServiceImpl target = (CustomerMessageServiceImpl) ((Advised) messages).getTargetSource()
                .getTarget();
        final List<CustomerMail> outbox = new ArrayList<CustomerMail>();
        CustomerMailer real = target.mailer;
        target.mailer = new CustomerMailer() {
            @Override
            public boolean send(CustomerMail mail) {
                outbox.add(mail);
                return true;
            }
        };
        try {
            MessageView sent = messages.send(shopper.getId(), "News", "**Hello** [shop](https://shop.example)\n\n"
                    + "<script>alert(1)</script> [x](javascript:alert(2))", BodyFormat.FORMATTED, key(),
                    "http://shop.example/account/messages");

            MessageView stored = messages.findMessage(shopper.getId(), sent.getId());
            assertEquals(BodyFormat.FORMATTED, stored.getFormat());
            assertTrue(stored.getHtml().contains("<strong>Hello</strong>"), stored.getHtml());
            assertTrue(stored.getHtml().contains("href=\"https://shop.example\""), stored.getHtml());
            assertFalse(stored.getHtml().contains("<script"), stored.getHtml());
            assertFalse(stored.getHtml().contains("href=\"javascript"), stored.getHtml()); // as text at most
            assertEquals(1, outbox.size(), "one notice, after commit");
            assertEquals(shopper.getEmailAddress(), outbox.get(0).getTo());
            assertEquals("http://shop.example/account/messages/" + sent.getId(),
                    outbox.get(0).getVariables().get("messageUrl"));
            assertEquals(MailKind.MESSAGE_NOTICE.getType(), outbox.get(0).getVariables().get(CustomerMail.KIND_VARIABLE));

            messages.send(shopper.getId(), "Quiet", "no link, no mail", BodyFormat.TEXT, key(), null);
            assertEquals(1, outbox.size());
        } finally {
            target.mailer = real;
        }
    }

    @Test
    void theInboxPagesNewestFirst() throws Exception {
        Customer shopper = customers.registered(unique("pages"));
        for (int i = 1; i <= 5; i++) {
            messages.send(shopper.getId(), "Message " + i, "body", key());
            Thread.sleep(5); // distinct send times
        }
        assertEquals(5, messages.countMessages(shopper.getId()));
        List<MessageView> second = messages.findMessages(shopper.getId(), 2, 2);
        assertEquals(2, second.size());
        assertEquals("Message 3", second.get(0).getSubject());
        assertEquals("Message 2", second.get(1).getSubject());
        assertEquals("Message 1", messages.findMessages(shopper.getId(), 4, 2).get(0).getSubject());
        assertTrue(messages.findMessages(shopper.getId(), 5, 2).isEmpty());
    }

    @Test
    void aDoubleSubmitStoresOneMessageAndNewestComeFirst() throws Exception {
        Customer shopper = customers.registered(unique("twice"));
        String key = key();

        MessageView first = messages.send(shopper.getId(), "First", "a", key());
        Thread.sleep(5);
        MessageView second = messages.send(shopper.getId(), "Second", "b", key);
        assertEquals(second.getId(), messages.send(shopper.getId(), "Second", "b", key).getId());

        List<MessageView> inbox = messages.findMessages(shopper.getId(), 10);
        assertEquals(2, inbox.size());
        assertEquals(second.getId(), inbox.get(0).getId());
        assertEquals(first.getId(), inbox.get(1).getId());
    }

    @Test
    void anotherCustomersMessageIsNotFoundAndBadInputStoresNothing() {
        Customer owner = customers.registered(unique("owner"));
        Customer stranger = customers.registered(unique("stranger"));
        MessageView sent = messages.send(owner.getId(), "Private", "For the owner", key());

        assertThrows(MessageNotFoundException.class, () -> messages.open(stranger.getId(), sent.getId()));
        assertThrows(MessageNotFoundException.class, () -> messages.findMessage(stranger.getId(), sent.getId()));
        assertEquals(1, messages.countUnread(owner.getId()), "still unread");
        assertThrows(InvalidMessageException.class, () -> messages.send(owner.getId(), "A\nB", "x", key()));
        assertThrows(MessageNotFoundException.class, () -> messages.send(-424242L, "Hi", "x", key()));
        assertEquals(1, messages.findMessages(owner.getId(), 10).size());
        assertNotNull(sent.getSender());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
