package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AuditedAccountRow;
import io.custmgr.accountaudit.testsupport.AccountRows;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.accountaudit.type.SpamSignal;
import io.custmgr.ipblock.service.IpBlockService;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import static io.custmgr.accountaudit.testsupport.AccountRows.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit classifies the whole customer table in its own transaction, so the test rows are committed (ids in a
 * block of their own) and each test looks only at its own customers' results. Default settings: threshold 2; burst,
 * disposable, URL, blocked and unconfirmed e-mail weigh 2, random name and no follow-up 1; 5 registrations within 60 minutes; 30 days.
 */
@BroadleafIntegrationTest
class AccountAuditIT {

    @Resource(name = "cmAccountAuditService")
    AccountAuditService auditService;

    @Resource(name = "cmAccountAuditSettings")
    AccountAuditSettings settings;

    @Resource(name = "cmIpBlockService")
    IpBlockService ipBlockService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    AccountRows rows;

    @BeforeEach
    void setUp() {
        rows = new AccountRows(transactionManager.getDataSource());
    }

    @AfterEach
    void cleanUp() {
        rows.deleteAll();
    }

    @Test
    void anAccountWithNothingIsUnusedAndMeetsNoCriterion() throws Exception {
        long nothing = rows.account(daysAgo(3));

        auditService.runAudit("test");

        assertClass(AccountClass.UNUSED, nothing);
        assertCriteria(nothing);
        assertSignals(nothing);
    }

    @Test
    void ordersCartsWithItemsWishlistItemsAndLibraryAccessMakeAnAccountActive() throws Exception {
        long buyer = rows.account(daysAgo(3));
        rows.order(buyer, "SUBMITTED", daysAgo(2));
        long shopper = rows.account(daysAgo(3));
        rows.orderItem(rows.order(shopper, "IN_PROCESS", daysAgo(2)));
        long wisher = rows.account(daysAgo(3));
        rows.orderItem(rows.order(wisher, "NAMED", daysAgo(2)));
        long reader = rows.account(daysAgo(3));
        rows.set(reader, "CM_LIBRARY_ALL_ACCESS", Boolean.TRUE);
        long emptyCarts = rows.account(daysAgo(3));
        rows.order(emptyCarts, "IN_PROCESS", daysAgo(2));
        rows.order(emptyCarts, "NAMED", daysAgo(2));

        auditService.runAudit("test");

        assertClass(AccountClass.ACTIVE, buyer);
        assertCriteria(buyer, ActivityCriterion.ORDER);
        assertClass(AccountClass.ACTIVE, shopper);
        assertCriteria(shopper, ActivityCriterion.CART);
        assertClass(AccountClass.ACTIVE, wisher);
        assertCriteria(wisher, ActivityCriterion.WISHLIST);
        assertClass(AccountClass.ACTIVE, reader);
        assertCriteria(reader, ActivityCriterion.LIBRARY);
        assertClass(AccountClass.UNUSED, emptyCarts);
        assertCriteria(emptyCarts);
    }

    @Test
    void loginsAndAccountPagesAreCustomerAreaActivityOtherPagesAndFailedLoginsAreNot() throws Exception {
        long loggedIn = rows.account(daysAgo(3));
        rows.event(loggedIn, "LOGIN", daysAgo(1), "10.1.1.1");
        long accountPage = rows.account(daysAgo(3));
        rows.pageView(accountPage, "/account/profile", daysAgo(1));
        long browser = rows.account(daysAgo(3));
        rows.pageView(browser, "/hot-sauces", daysAgo(1));
        rows.event(browser, "LOGIN_FAILED", daysAgo(1), "10.1.1.1");

        auditService.runAudit("test");

        assertClass(AccountClass.ACTIVE, loggedIn);
        assertCriteria(loggedIn, ActivityCriterion.AREA);
        assertClass(AccountClass.ACTIVE, accountPage);
        assertCriteria(accountPage, ActivityCriterion.AREA);
        assertClass(AccountClass.UNUSED, browser);
        assertCriteria(browser);
    }

    @Test
    void aWebAddressInTheNameIsSpamOnItsOwn() throws Exception {
        long url = rows.account("Cheap pills", "www.pills.example", daysAgo(3), null);
        long http = rows.account("HTTP://x", "Meier", daysAgo(3), null);

        auditService.runAudit("test");

        assertClass(AccountClass.SPAM, url);
        assertSignals(url, SpamSignal.URL_NAME);
        assertClass(AccountClass.SPAM, http);
    }

    @Test
    void aRandomLookingNameAloneIsASignalButNotSpamTogetherWithNoFollowUpItIs() throws Exception {
        long noVowels = rows.account("Xkcdrtzq", "Meier", daysAgo(3), null);
        long digits = rows.account("Anna", "Me13er", daysAgo(3), null);
        long shortName = rows.account("Ng", "Li", daysAgo(3), null);
        long oldRandom = rows.account("Xkcdrtzq", "Meier", daysAgo(40), null);

        auditService.runAudit("test");

        assertClass(AccountClass.UNUSED, noVowels);
        assertSignals(noVowels, SpamSignal.RANDOM_NAME);
        assertSignals(digits, SpamSignal.RANDOM_NAME);
        assertSignals(shortName);
        assertClass(AccountClass.SPAM, oldRandom);
        assertSignals(oldRandom, SpamSignal.RANDOM_NAME, SpamSignal.NO_FOLLOW_UP);
    }

    @Test
    void noFollowUpNeedsTheWholeWindowWithoutActivity() throws Exception {
        long silent = rows.account(daysAgo(40));
        long cameBack = rows.account(daysAgo(40));
        rows.event(cameBack, "LOGIN", daysAgo(35), "10.1.1.2");
        long cameBackTooLate = rows.account(daysAgo(40));
        rows.pageView(cameBackTooLate, "/hot-sauces", daysAgo(5));
        long ordered = rows.account(daysAgo(40));
        rows.order(ordered, "IN_PROCESS", daysAgo(39)); // an empty cart: no activity criterion, but a follow-up
        long recent = rows.account(daysAgo(20));

        auditService.runAudit("test");

        assertSignals(silent, SpamSignal.NO_FOLLOW_UP);
        assertClass(AccountClass.UNUSED, silent); // weight 1 of 2
        assertSignals(cameBack);
        assertSignals(cameBackTooLate, SpamSignal.NO_FOLLOW_UP);
        assertSignals(ordered);
        assertSignals(recent);
    }

    @Test
    void manyRegistrationsFromOneIpWithinTheWindowAreSpam() throws Exception {
        String burstIp = "203.0.113." + (System.nanoTime() % 200);
        long[] burst = new long[5];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = rows.account(new Date(daysAgo(2).getTime() + i * 10 * 60000L));
            rows.set(burst[i], "CM_REGISTRATION_IP", burstIp);
        }
        String spreadIp = "198.51.100." + (System.nanoTime() % 200);
        long[] spread = new long[5];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = rows.account("Anna", "Meier", new Date(daysAgo(2).getTime() + i * 90 * 60000L), spreadIp);
        }
        // The IP comes from the activity log's registration event when the customer has none.
        long fromEvent = rows.account(new Date(daysAgo(2).getTime() + 5 * 60000L));
        rows.event(fromEvent, "REGISTRATION", daysAgo(2), burstIp);

        auditService.runAudit("test");

        for (long id : burst) {
            assertClass(AccountClass.SPAM, id);
            assertSignals(id, SpamSignal.BURST_IP);
        }
        for (long id : spread) {
            assertSignals(id);
        }
        assertSignals(fromEvent, SpamSignal.BURST_IP);
        assertEquals(burstIp, result(fromEvent).get("REGISTRATION_IP"));
    }

    @Test
    void aDisposableDomainOrASubdomainOfOneIsSpam() throws Exception {
        long direct = rows.account(daysAgo(3));
        rows.set(direct, "EMAIL_ADDRESS", "bot" + direct + "@Mailinator.com");
        long subdomain = rows.account(daysAgo(3));
        rows.set(subdomain, "EMAIL_ADDRESS", "bot" + subdomain + "@eu.mailinator.com");
        long lookalike = rows.account(daysAgo(3));
        rows.set(lookalike, "EMAIL_ADDRESS", "anna" + lookalike + "@mailinator.com.example.org");

        auditService.runAudit("test");

        assertClass(AccountClass.SPAM, direct);
        assertSignals(direct, SpamSignal.DISPOSABLE_DOMAIN);
        assertSignals(subdomain, SpamSignal.DISPOSABLE_DOMAIN);
        assertSignals(lookalike);
    }

    @Test
    void registeringFromABlockedAddressOrRangeIsSpam() throws Exception {
        long inRange = rows.account("Anna", "Meier", daysAgo(3), "192.0.2.77");
        long single = rows.account("Anna", "Meier", daysAgo(3), "198.18.0.9");
        long outside = rows.account("Anna", "Meier", daysAgo(3), "192.0.3.1");
        Long range = ipBlockService.block("192.0.2.0/24", "audit test").getId();
        Long address = ipBlockService.block("198.18.0.9", "audit test").getId();
        try {
            auditService.runAudit("test");
        } finally {
            ipBlockService.unblock(range);
            ipBlockService.unblock(address);
        }

        assertClass(AccountClass.SPAM, inRange);
        assertSignals(inRange, SpamSignal.BLOCKED_IP);
        assertSignals(single, SpamSignal.BLOCKED_IP);
        assertSignals(outside);
    }

    @Test
    void aRegistrationStillUnconfirmedAfterTheSettingsDaysIsSpam() throws Exception {
        long stale = rows.account(daysAgo(10));
        long fresh = rows.account(daysAgo(3));
        long confirmed = rows.account(daysAgo(10));
        confirmation(stale, daysAgo(10), null);
        confirmation(fresh, daysAgo(3), null);
        confirmation(confirmed, daysAgo(10), daysAgo(9));
        try {
            auditService.runAudit("test");
        } finally {
            rows.jdbc().update("DELETE FROM CM_EMAIL_CONFIRMATION WHERE CUSTOMER_ID IN (?, ?, ?)", stale, fresh,
                    confirmed);
        }

        assertClass(AccountClass.SPAM, stale);
        assertSignals(stale, SpamSignal.UNCONFIRMED_EMAIL);
        assertSignals(fresh);
        assertSignals(confirmed);
    }

    private void confirmation(long customer, Date requested, Date confirmed) {
        rows.jdbc().update("INSERT INTO CM_EMAIL_CONFIRMATION (CUSTOMER_ID, EMAIL_ADDRESS, REQUESTED, CONFIRMED,"
                + " SENT_COUNT) VALUES (?, ?, ?, ?, 1)", customer, "c" + customer + "@example.com", requested, confirmed);
    }

    @Test
    void ordersOutweighSpamSignalsButLoginsDoNot() throws Exception {
        long buyer = rows.account("Visit", "www.x.example", daysAgo(3), null);
        rows.order(buyer, "SUBMITTED", daysAgo(2));
        long loggedIn = rows.account("Visit", "www.x.example", daysAgo(3), null);
        rows.event(loggedIn, "LOGIN", daysAgo(1), "10.1.1.3");

        auditService.runAudit("test");

        assertClass(AccountClass.ACTIVE, buyer);
        assertSignals(buyer, SpamSignal.URL_NAME); // still shown as a reason
        assertClass(AccountClass.SPAM, loggedIn);
        assertCriteria(loggedIn, ActivityCriterion.AREA);
    }

    @Test
    void aSignalOfWeightZeroIsOffAndTheThresholdIsConfigurable() throws Exception {
        long url = rows.account("Visit", "www.x.example", daysAgo(3), null);
        long random = rows.account("Xkcdrtzq", "Meier", daysAgo(3), null);
        int urlWeight = settings.getWeight(SpamSignal.URL_NAME);
        int threshold = settings.getSpamThreshold();
        try {
            settings.setWeight(SpamSignal.URL_NAME, 0);
            settings.setSpamThreshold(1);
            auditService.runAudit("test");
        } finally {
            settings.setWeight(SpamSignal.URL_NAME, urlWeight);
            settings.setSpamThreshold(threshold);
        }

        assertClass(AccountClass.UNUSED, url);
        assertSignals(url, SpamSignal.URL_NAME);
        assertClass(AccountClass.SPAM, random);
    }

    @Test
    void guestProfilesAndAnonymousVisitorsAreNotAudited() throws Exception {
        long guest = rows.guest(daysAgo(3));
        long visitor = rows.account(daysAgo(3));
        rows.set(visitor, "IS_REGISTERED", Boolean.FALSE);

        auditService.runAudit("test");

        assertEquals(0, rows.count("CM_ACCOUNT_AUDIT_RESULT WHERE CUSTOMER_ID IN (?, ?)", guest, visitor));
    }

    @Test
    void theSummaryCountsEveryRegisteredCustomerOnceAndTheListsPageThroughAClass() throws Exception {
        long url1 = rows.account("a", "www.one.example", daysAgo(3), null);
        long url2 = rows.account("b", "www.two.example", daysAgo(3), null);
        long url3 = rows.account("c", "www.three.example", daysAgo(3), null);

        AccountAuditSummary summary = auditService.runAudit("tester");

        assertEquals(rows.count("BLC_CUSTOMER WHERE IS_REGISTERED = ?", Boolean.TRUE), summary.getTotal());
        assertTrue(summary.count(AccountClass.SPAM) >= 3);
        assertTrue(summary.getClasses().get(AccountClass.SPAM).getSignals().get(SpamSignal.URL_NAME) >= 3);
        assertEquals("tester", summary.getStartedBy());
        assertNotNull(summary.getSettings());
        AccountAuditSummary latest = auditService.findLatestSummary();
        assertEquals(summary.getRunId(), latest.getRunId());
        assertEquals(summary.count(AccountClass.SPAM), latest.count(AccountClass.SPAM));

        long spam = auditService.countAccounts(AccountClass.SPAM);
        List<AuditedAccountRow> first = auditService.findAccounts(AccountClass.SPAM, 0, 2);
        assertEquals(Math.min(2, spam), first.size());
        int found = 0;
        for (int page = 0; page * 2 < spam; page++) {
            for (AuditedAccountRow row : auditService.findAccounts(AccountClass.SPAM, page, 2)) {
                assertEquals(AccountClass.SPAM, row.getAccountClass());
                if (row.getCustomerId() == url1 || row.getCustomerId() == url2 || row.getCustomerId() == url3) {
                    found++;
                    assertEquals("user" + row.getCustomerId() + "@example.com", row.getEmail());
                    assertTrue(row.getSignals().contains(SpamSignal.URL_NAME));
                }
            }
        }
        assertEquals(3, found);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    Map<String, Object> result(long customer) {
        Map<String, Object> row = rows.jdbc().queryForMap(
                "SELECT * FROM CM_ACCOUNT_AUDIT_RESULT WHERE CUSTOMER_ID = ?", customer);
        Map<String, Object> upper = new java.util.TreeMap<String, Object>();
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            upper.put(entry.getKey().toUpperCase(java.util.Locale.ROOT), entry.getValue());
        }
        return upper;
    }

    void assertClass(AccountClass expected, long customer) {
        assertEquals(expected.name(), result(customer).get("ACCOUNT_CLASS"), "class of " + customer);
    }

    void assertCriteria(long customer, ActivityCriterion... expected) {
        Map<String, Object> result = result(customer);
        EnumSet<ActivityCriterion> met = EnumSet.noneOf(ActivityCriterion.class);
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            if (((Number) result.get(criterion.getColumn())).intValue() == 1) {
                met.add(criterion);
            }
        }
        assertEquals(expected.length == 0 ? EnumSet.noneOf(ActivityCriterion.class)
                : EnumSet.copyOf(java.util.Arrays.asList(expected)), met, "criteria of " + customer);
    }

    void assertSignals(long customer, SpamSignal... expected) {
        Map<String, Object> result = result(customer);
        EnumSet<SpamSignal> matched = EnumSet.noneOf(SpamSignal.class);
        for (SpamSignal signal : SpamSignal.values()) {
            if (((Number) result.get(signal.getColumn())).intValue() == 1) {
                matched.add(signal);
            }
        }
        assertEquals(expected.length == 0 ? EnumSet.noneOf(SpamSignal.class)
                : EnumSet.copyOf(java.util.Arrays.asList(expected)), matched, "signals of " + customer);
        assertFalse(matched.contains(null));
    }
}
