package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.CleanupItemRow;
import io.custmgr.accountaudit.testsupport.AccountRows;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;
import io.custmgr.accountaudit.type.CleanupStatus;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import static io.custmgr.accountaudit.testsupport.AccountRows.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cleanup runs on its background executor in transactions of its own: test rows are committed, each test waits
 * for its run to finish and checks the database and the run's report.
 */
@BroadleafIntegrationTest
class AccountCleanupIT {

    @Resource(name = "cmAccountAuditService")
    AccountAuditService auditService;

    @Resource(name = "cmAccountCleanupService")
    AccountCleanupServiceImpl cleanupService;

    @Resource(name = "cmAccountCleanupReports")
    AccountCleanupReports cleanupReports;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    AccountRows rows;

    @BeforeEach
    void setUp() {
        rows = new AccountRows(transactionManager.getDataSource());
        cleanupService.setBatchSize(500);
    }

    @AfterEach
    void cleanUp() {
        cleanupService.setBatchSize(500);
        rows.deleteAll();
    }

    @Test
    void deletesTheSelectedAccountsWithWhatHangsOffThemAndReportsThem() throws Exception {
        long unused = rows.account(daysAgo(3));
        long address = rows.address(unused, "1 Gone Street");
        rows.pageView(unused, "/hot-sauces", daysAgo(2));
        rows.event(unused, "REGISTRATION", daysAgo(3), "10.2.2.2");
        rows.row("BLC_CUSTOMER_ATTRIBUTE", "CUSTOMER_ATTR_ID", "CUSTOMER_ID", unused, "NAME", "size", "VALUE", "42");
        long emptyWishlist = rows.order(unused, "NAMED", daysAgo(2));
        long emptyCart = rows.order(unused, "IN_PROCESS", daysAgo(2));
        long notSelected = rows.account(daysAgo(3));
        auditService.runAudit("test");

        CleanupRunView run = finish(cleanupService.start(AccountClass.UNUSED, Arrays.asList(unused), "cleanup-admin"));

        assertEquals(CleanupStatus.DONE, run.getStatus());
        assertEquals("cleanup-admin", run.getStartedBy());
        assertEquals(1, run.getSelected());
        assertEquals(1, run.getDeleted());
        assertEquals(100, run.getPercent());
        assertEquals(0, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", unused));
        assertEquals(0, rows.count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", unused));
        assertEquals(0, rows.count("BLC_ADDRESS WHERE ADDRESS_ID = ?", address));
        assertEquals(0, rows.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", unused));
        assertEquals(0, rows.count("CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = ?", unused));
        assertEquals(0, rows.count("BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ?", unused));
        assertEquals(0, rows.count("BLC_ORDER WHERE ORDER_ID IN (?, ?)", emptyWishlist, emptyCart));
        assertEquals(0, rows.count("CM_ACCOUNT_AUDIT_RESULT WHERE CUSTOMER_ID = ?", unused));
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", notSelected));
        List<CleanupItemRow> report = cleanupReports.findItems(run.getId(), null, 0, 10);
        assertEquals(1, report.size());
        assertEquals(CleanupOutcome.DELETED, report.get(0).getOutcome());
        assertEquals("user" + unused + "@example.com", report.get(0).getEmail());
    }

    @Test
    void theNeverDeleteRulesAreCheckedAgainWhenTheBatchRuns() throws Exception {
        long protectedOne = rows.account(daysAgo(3));
        long laterBuyer = rows.account(daysAgo(3));
        long laterCart = rows.account(daysAgo(3));
        long laterReader = rows.account(daysAgo(3));
        long member = rows.account(daysAgo(3));
        long becameGuest = rows.account(daysAgo(3));
        long deletable = rows.account(daysAgo(3));
        auditService.runAudit("test");
        List<Long> all = Arrays.asList(protectedOne, laterBuyer, laterCart, laterReader, member, becameGuest,
                deletable);
        // Everything below happens after the audit called them unused.
        rows.set(protectedOne, "CM_CLEANUP_PROTECTED", Boolean.TRUE);
        rows.order(laterBuyer, "SUBMITTED", daysAgo(1));
        rows.orderItem(rows.order(laterCart, "IN_PROCESS", daysAgo(1)));
        rows.set(laterReader, "CM_LIBRARY_ALL_ACCESS", Boolean.TRUE);
        rows.member(rows.group("Cleanup test group " + member), member);
        rows.set(becameGuest, "IS_REGISTERED", Boolean.FALSE);

        CleanupPreview preview = cleanupReports.preview(AccountClass.UNUSED, all);
        CleanupRunView run = finish(cleanupService.start(AccountClass.UNUSED, all, "test"));

        assertEquals(7, preview.getSelected());
        assertEquals(6, preview.getKeptTotal());
        assertEquals(1, preview.getToDelete());
        assertEquals(Integer.valueOf(1), preview.getKept().get(KeepRule.GROUP_MEMBER));
        assertEquals(6, run.getKept());
        assertEquals(1, run.getDeleted());
        Map<Long, String> reasons = reasons(run.getId());
        assertEquals(KeepRule.PROTECTED.name(), reasons.get(protectedOne));
        assertEquals(KeepRule.ORDERS.name(), reasons.get(laterBuyer));
        assertEquals(KeepRule.OPEN_CART.name(), reasons.get(laterCart));
        assertEquals(KeepRule.LIBRARY_ACCESS.name(), reasons.get(laterReader));
        assertEquals(KeepRule.GROUP_MEMBER.name(), reasons.get(member));
        assertEquals(KeepRule.NOT_AN_ACCOUNT.name(), reasons.get(becameGuest));
        for (long kept : new long[] {protectedOne, laterBuyer, laterCart, laterReader, member, becameGuest}) {
            assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", kept));
        }
        assertEquals(1, rows.count("CM_CUSTOMER_GROUP_MEMBER WHERE CUSTOMER_ID = ?", member));
        assertEquals(0, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", deletable));
    }

    @Test
    void aFailingBatchRollsBackAloneIsReportedAndTheJobGoesOn() throws Exception {
        long[] spam = new long[6];
        for (int i = 0; i < spam.length; i++) {
            spam[i] = rows.account("Visit", "www.cleanup" + i + ".example", daysAgo(3), null);
        }
        auditService.runAudit("test");
        // A host's own table referencing customers, unknown to the cleanup: the database refuses the delete.
        rows.jdbc().execute("CREATE TABLE CM_TEST_HOST_REF (REF_ID BIGINT PRIMARY KEY, CUSTOMER_ID BIGINT NOT NULL"
                + " REFERENCES BLC_CUSTOMER (CUSTOMER_ID))");
        try {
            rows.jdbc().update("INSERT INTO CM_TEST_HOST_REF (REF_ID, CUSTOMER_ID) VALUES (1, ?)", spam[2]);
            rows.pageView(spam[3], "/hot-sauces", daysAgo(1));
            cleanupService.setBatchSize(2);

            CleanupRunView run = finish(cleanupService.start(AccountClass.SPAM, asList(spam), "test"));

            assertEquals(CleanupStatus.DONE, run.getStatus());
            assertEquals(4, run.getDeleted());
            assertEquals(2, run.getFailed());
            assertEquals(1, run.getFailedBatches());
            for (long id : new long[] {spam[0], spam[1], spam[4], spam[5]}) {
                assertEquals(0, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id));
            }
            // The failed batch (ids 2 and 3) is rolled back whole: both customers and their page view stay.
            assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", spam[2]));
            assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", spam[3]));
            assertEquals(1, rows.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", spam[3]));
            List<CleanupItemRow> failed = cleanupReports.findItems(run.getId(), CleanupOutcome.FAILED, 0, 10);
            assertEquals(2, failed.size());
            for (CleanupItemRow item : failed) {
                assertNotNull(item.getReason());
                assertEquals(Integer.valueOf(2), item.getBatchNo());
            }
        } finally {
            rows.jdbc().execute("DROP TABLE CM_TEST_HOST_REF");
        }
    }

    @Test
    void selectingTheWholeClassTakesEveryAccountOfItNotOnlyOnePage() throws Exception {
        long[] spam = new long[3];
        for (int i = 0; i < spam.length; i++) {
            spam[i] = rows.account("Visit", "www.all" + i + ".example", daysAgo(3), null);
        }
        long unused = rows.account(daysAgo(3));
        auditService.runAudit("test");
        long inClass = auditService.countAccounts(AccountClass.SPAM);

        CleanupPreview preview = cleanupReports.preview(AccountClass.SPAM, null);
        CleanupRunView run = finish(cleanupService.start(AccountClass.SPAM, null, "test"));

        assertTrue(preview.isWholeClass());
        assertEquals(inClass, preview.getSelected());
        assertEquals(inClass, run.getSelected());
        for (long id : spam) {
            assertEquals(0, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id));
        }
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", unused));
    }

    @Test
    void activeAccountsAndEmptySelectionsAreRefused() throws Exception {
        long unused = rows.account(daysAgo(3));
        auditService.runAudit("test");

        assertThrows(IllegalArgumentException.class,
                () -> cleanupService.start(AccountClass.ACTIVE, null, "test"));
        assertThrows(IllegalArgumentException.class,
                () -> cleanupService.start(AccountClass.UNUSED, Arrays.<Long>asList(), "test"));
        assertThrows(IllegalArgumentException.class, // an unused account is not in the spam class
                () -> cleanupService.start(AccountClass.SPAM, Arrays.asList(unused), "test"));
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", unused));
    }

    @Test
    void aRunWhoseJobStoppedIsResumedWhereItStoppedAndALiveRunIsLeftAlone() throws Exception {
        long keptEarlier = rows.account(daysAgo(3));
        long pendingOne = rows.account(daysAgo(3));
        long pendingTwo = rows.account(daysAgo(3));
        long otherNodes = rows.account(daysAgo(3));
        // As a JVM stopped in the middle of a run leaves it: RUNNING, batch 1 written, no heartbeat for an hour.
        long stalled = run(CleanupStatus.RUNNING, daysAgo(1.0 / 24));
        item(stalled, keptEarlier, CleanupOutcome.KEPT, 1);
        item(stalled, pendingOne, CleanupOutcome.PENDING, null);
        item(stalled, pendingTwo, CleanupOutcome.PENDING, null);
        // Another node's run, alive: its heartbeat is a minute old.
        long alive = run(CleanupStatus.RUNNING, daysAgo(1.0 / 24 / 60));
        item(alive, otherNodes, CleanupOutcome.PENDING, null);

        assertEquals(1, cleanupService.resumeStalledRuns());
        CleanupRunView resumed = finish(stalled);

        assertEquals(CleanupStatus.DONE, resumed.getStatus());
        assertEquals(2, resumed.getDeleted());
        assertEquals(1, resumed.getKept());
        assertTrue(resumed.getMessage().startsWith("Resumed"), resumed.getMessage());
        assertEquals(0, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID IN (?, ?)", pendingOne, pendingTwo));
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", keptEarlier));
        assertEquals(2, rows.count("CM_CLEANUP_RUN_ITEM WHERE CLEANUP_RUN_ID = ? AND BATCH_NO = 2", stalled),
                "the resumed job goes on numbering its batches");
        assertEquals(CleanupStatus.RUNNING, cleanupReports.findRun(alive).getStatus());
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", otherNodes));
        assertEquals(0, cleanupService.resumeStalledRuns(), "a finished run is not taken again");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    long run(CleanupStatus status, Date heartbeat) throws SQLException {
        return rows.row("CM_CLEANUP_RUN", "CLEANUP_RUN_ID", "ACCOUNT_CLASS", AccountClass.UNUSED.name(), "CREATED",
                new Timestamp(heartbeat.getTime()), "STATUS", status.name(), "SELECTED_COUNT", 3, "DELETED_COUNT", 0,
                "KEPT_COUNT", 0, "FAILED_COUNT", 0, "FAILED_BATCHES", 0, "HEARTBEAT", new Timestamp(heartbeat.getTime()));
    }

    void item(long runId, long customerId, CleanupOutcome outcome, Integer batchNo) {
        rows.jdbc().update("INSERT INTO CM_CLEANUP_RUN_ITEM (CLEANUP_RUN_ID, CUSTOMER_ID, EMAIL, OUTCOME, BATCH_NO,"
                + " REASON) VALUES (?, ?, ?, ?, ?, ?)", runId, customerId, "c" + customerId + "@example.com",
                outcome.name(), batchNo, outcome == CleanupOutcome.KEPT ? KeepRule.ORDERS.name() : null);
    }

    CleanupRunView finish(long runId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60000;
        CleanupRunView run = cleanupReports.findRun(runId);
        while (!run.isFinished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            run = cleanupReports.findRun(runId);
        }
        assertTrue(run.isFinished(), "run " + runId + " still " + run.getStatus());
        return run;
    }

    Map<Long, String> reasons(long runId) {
        Map<Long, String> reasons = new HashMap<Long, String>();
        for (CleanupItemRow item : cleanupReports.findItems(runId, null, 0, 100)) {
            reasons.put(item.getCustomerId(), item.getReason());
        }
        return reasons;
    }

    static List<Long> asList(long[] ids) {
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return Arrays.asList(boxed);
    }
}
