package io.custmgr.assist.service;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedTokens;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;

import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Login as customer" against the real tables, each step committed as the two webapps commit it. */
@BroadleafIntegrationTest
class AssistanceServiceIT {

    static final String RETURN_URL = "http://shop.example/admin/customer/1";

    @Resource(name = "cmAssistanceService")
    AssistanceService assistance;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService audit;

    CommittedCustomers customers;
    AssistanceServiceImpl target;
    long adminId;
    String adminLogin;

    @BeforeEach
    void setUp() throws Exception {
        customers = CommittedCustomers.fromTestContext();
        target = (AssistanceServiceImpl) (assistance instanceof Advised
                ? ((Advised) assistance).getTargetSource().getTarget() : assistance);
        adminId = -9_000_000L - ThreadLocalRandom.current().nextInt(1_000_000);
        adminLogin = "assist-admin-" + (-adminId);
        customers.jdbc().update("INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, EMAIL, ACTIVE_STATUS_FLAG) "
                + "VALUES (?, ?, ?, ?, ?)", adminId, "Assisting Admin", adminLogin, adminLogin + "@staff.example", true);
    }

    @AfterEach
    void cleanUp() {
        target.requireConsent = true;
        customers.jdbc().update("DELETE FROM CM_ASSISTED_ORDER WHERE ADMIN_USER_ID = ?", adminId);
        customers.jdbc().update("DELETE FROM CM_ASSIST_SESSION WHERE ADMIN_USER_ID = ?", adminId);
        customers.jdbc().update("DELETE FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = ?", adminId);
        customers.deleteAll();
    }

    @Test
    void theTokenOpensOneAssistedSessionBoundToTheAdminAndTheCustomer() {
        Customer shopper = consenting("assisted");
        String token = assistance.issueToken(shopper.getId(), adminId, RETURN_URL);

        assertEquals(64, token.length());
        assertEquals(0, customers.count("CM_MAILED_TOKEN WHERE TOKEN_HASH = ?", token), "only the hash is stored");
        AssistedSession session = assistance.start(token, "203.0.113.9");

        assertEquals(adminId, session.getAdminUserId());
        assertEquals(adminLogin, session.getAdminName());
        assertEquals((long) shopper.getId(), session.getCustomerId());
        assertEquals(RETURN_URL, session.getReturnUrl());
        AssistanceEntry entry = assistance.findEntry(session.getLogId());
        assertEquals(adminLogin, entry.getAdminName());
        assertEquals(shopper.getEmailAddress(), entry.getCustomerLabel());
        assertEquals("203.0.113.9", entry.getIpAddress());
        assertNull(entry.getEnded(), "open until finished");
        CustomerAuditRecord started = latestAudit(shopper);
        assertEquals(CustomerAuditAction.ASSISTANCE_STARTED.getType(), started.getAction());
        assertEquals(adminLogin, started.getActorName());
    }

    @Test
    void aReusedExpiredOrAlteredTokenSignsNobodyIn() {
        Customer shopper = consenting("bad-token");
        String used = assistance.issueToken(shopper.getId(), adminId, RETURN_URL);
        assistance.start(used, null);
        String expired = assistance.issueToken(shopper.getId(), adminId, RETURN_URL);
        customers.jdbc().update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE TOKEN_HASH = ?",
                new java.sql.Timestamp(System.currentTimeMillis() - 1000), MailedTokens.hash(expired));
        String valid = assistance.issueToken(shopper.getId(), adminId, RETURN_URL);
        String altered = valid.substring(0, 63) + (valid.endsWith("0") ? "1" : "0");

        assertEquals("used", refusal(used));
        assertEquals("expired", refusal(expired));
        assertEquals("unknown", refusal(altered));
        assertEquals("unknown", refusal(""));
        assertEquals(1, customers.count("CM_ASSIST_SESSION WHERE ADMIN_USER_ID = ?", adminId), "only the first");
        assertNotNull(assistance.start(valid, null), "the unaltered token still works once");
    }

    @Test
    void customersWhoMayNotBeAssistedAreRefusedWithTheReason() {
        Customer guest = consenting("guest");
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_IS_GUEST = ? WHERE CUSTOMER_ID = ?", true, guest.getId());
        Customer deactivated = consenting("off");
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET DEACTIVATED = ? WHERE CUSTOMER_ID = ?", true,
                deactivated.getId());
        Customer merged = consenting("merged");
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_MERGED_INTO = ?, DEACTIVATED = ? WHERE CUSTOMER_ID = ?",
                guest.getId(), true, merged.getId());
        Customer staff = customers.registered((adminLogin + "@STAFF.example ").toUpperCase());
        allowAssistance(staff);
        Customer unwilling = customers.registered(unique("unwilling"));

        assertEquals(AssistanceService.GUEST, assistance.refusal(guest.getId()));
        assertEquals(AssistanceService.DEACTIVATED, assistance.refusal(deactivated.getId()));
        assertEquals(AssistanceService.MERGED, assistance.refusal(merged.getId()));
        assertEquals(AssistanceService.ADMIN_ACCOUNT, assistance.refusal(staff.getId()));
        assertEquals(AssistanceService.NO_CONSENT, assistance.refusal(unwilling.getId()));
        assertEquals(AssistanceService.NOT_FOUND, assistance.refusal(-1L));
        AssistanceRefusedException refused = assertThrows(AssistanceRefusedException.class,
                () -> assistance.issueToken(unwilling.getId(), adminId, RETURN_URL));
        assertEquals(AssistanceService.NO_CONSENT, refused.getReason());
        assertEquals(0, customers.count("CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", unwilling.getId()));

        target.requireConsent = false;
        assertNull(assistance.refusal(unwilling.getId()), "consent is a setting");
    }

    @Test
    void theRulesAreCheckedAgainWhenTheTokenIsTakenUp() {
        Customer shopper = consenting("changed-mind");
        String token = assistance.issueToken(shopper.getId(), adminId, RETURN_URL);
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_ASSISTANCE_ALLOWED = ? WHERE CUSTOMER_ID = ?", false,
                shopper.getId());

        AssistanceRefusedException refused = assertThrows(AssistanceRefusedException.class,
                () -> assistance.start(token, null));
        assertEquals(AssistanceService.NO_CONSENT, refused.getReason());
        assertEquals(0, customers.count("CM_ASSIST_SESSION WHERE ADMIN_USER_ID = ?", adminId));

        allowAssistance(shopper);
        customers.jdbc().update("UPDATE BLC_ADMIN_USER SET ACTIVE_STATUS_FLAG = ? WHERE ADMIN_USER_ID = ?", false,
                adminId);
        assertEquals(AssistanceService.ADMIN_INACTIVE, assertThrows(AssistanceRefusedException.class,
                () -> assistance.start(token, null)).getReason());
    }

    @Test
    void ordersPagesAndTheEndAreLoggedAndAuditedOnce() {
        Customer shopper = consenting("orders");
        AssistedSession session = assistance.start(assistance.issueToken(shopper.getId(), adminId, RETURN_URL), "::1");
        long orderId = -ThreadLocalRandom.current().nextInt(1, 1_000_000);

        assistance.pageViewed(session);
        assistance.pageViewed(session);
        assistance.orderPlaced(session, orderId, "2026A1");

        assertEquals(adminLogin, assistance.findAssistingAdmin(orderId));
        assertNull(assistance.findAssistingAdmin(orderId - 1));
        assertEquals(CustomerAuditAction.ASSISTED_ORDER.getType(), latestAudit(shopper).getAction());
        assertTrue(assistance.finish(session, AssistanceService.FINISHED));
        assertFalse(assistance.finish(session, AssistanceService.LOGGED_OUT), "closed once");

        AssistanceEntry entry = assistance.findEntry(session.getLogId());
        assertEquals(2, entry.getPagesViewed());
        assertEquals(1, entry.getOrders().size());
        assertEquals("2026A1", entry.getOrders().get(0).getOrderNumber());
        assertEquals(AssistanceService.FINISHED, entry.getEndReason());
        assertNotNull(entry.getEnded());
        CustomerAuditRecord ended = latestAudit(shopper);
        assertEquals(CustomerAuditAction.ASSISTANCE_ENDED.getType(), ended.getAction());
        assertTrue(ended.getDetail().contains("2 pages viewed, 1 orders placed: 2026A1"), ended.getDetail());
        assertEquals(1, customers.count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = ?", shopper.getId(),
                CustomerAuditAction.ASSISTANCE_ENDED.getType()));
    }

    @Test
    void theLogIsFilteredByAdminCustomerAndDay() {
        Customer first = consenting("first");
        Customer second = consenting("second");
        long firstLog = assistance.start(assistance.issueToken(first.getId(), adminId, RETURN_URL), null).getLogId();
        assistance.start(assistance.issueToken(second.getId(), adminId, RETURN_URL), null);
        Date now = new Date();

        assertEquals(2, assistance.countEntries(new AssistanceLogFilter(adminLogin.toUpperCase(), null, null, null)));
        List<AssistanceEntry> byEmail = assistance.findEntries(new AssistanceLogFilter(adminLogin,
                first.getEmailAddress().substring(0, 12), null, null), 0, 10);
        assertEquals(1, byEmail.size());
        assertEquals(firstLog, byEmail.get(0).getId());
        assertEquals(1, assistance.countEntries(new AssistanceLogFilter(adminLogin, String.valueOf(second.getId()),
                null, null)));
        assertEquals(2, assistance.countEntries(new AssistanceLogFilter(adminLogin, null,
                new Date(now.getTime() - 60000), new Date(now.getTime() + 60000))));
        assertEquals(0, assistance.countEntries(new AssistanceLogFilter(adminLogin, null,
                new Date(now.getTime() + 60000), null)));
        assertEquals(0, assistance.countEntries(new AssistanceLogFilter(adminLogin, "100%_", null, null)),
                "the filter's text is taken literally");
    }

    private String refusal(String token) {
        try {
            assistance.start(token, null);
            return null;
        } catch (MailedLinkRefusedException e) {
            return e.getCode();
        }
    }

    private Customer consenting(String name) {
        Customer customer = customers.registered(unique(name));
        allowAssistance(customer);
        return customer;
    }

    private void allowAssistance(Customer customer) {
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_ASSISTANCE_ALLOWED = ? WHERE CUSTOMER_ID = ?", true,
                customer.getId());
    }

    private CustomerAuditRecord latestAudit(Customer customer) {
        return audit.findRecords(customer.getId(), 0, 1).get(0);
    }

    static String unique(String name) {
        return name + "-" + System.nanoTime() + "@assist.example";
    }
}
