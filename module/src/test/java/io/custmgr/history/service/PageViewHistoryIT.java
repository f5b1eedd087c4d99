package io.custmgr.history.service;

import io.custmgr.history.domain.PageView;

import java.util.Arrays;

import io.custmgr.history.dao.PageViewDao;
import io.custmgr.history.domain.PageViewImpl;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorder commits on its own thread, so nothing here is rolled back: every test uses fresh customer ids and
 * deletes its rows afterwards.
 */
@BroadleafIntegrationTest
class PageViewHistoryIT {

    private static final long MINUTE = 60000L;

    @Resource(name = "cmPageViewDao")
    PageViewDao dao;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "cmNavigationHistoryService")
    NavigationHistoryService historyService;

    @Resource(name = "cmPageViewPurgeService")
    PageViewPurgeService purgeService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;
    PageViewRecorderImpl recorder;
    final List<Long> customers = new ArrayList<Long>();

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        recorder = newRecorder(500, 20);
    }

    @AfterEach
    void cleanUp() throws Exception {
        recorder.destroy();
        for (Long customer : customers) {
            jdbc.update("DELETE FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer);
        }
    }

    @Test
    void timeOnPageIsTheGapToTheNextViewWithinAndAcrossBatches() throws Exception {
        long customer = newCustomerId();
        long t0 = System.currentTimeMillis() - 10 * MINUTE;
        recorder.record(view(customer, t0));
        assertTrue(recorder.flush(10000));
        recorder.record(view(customer, t0 + 1000));
        recorder.record(view(customer, t0 + 3500));
        assertTrue(recorder.flush(10000));

        List<Long> times = timesOnPage(customer);
        assertEquals(3, times.size());
        assertEquals(Long.valueOf(1000), times.get(0));
        assertEquals(Long.valueOf(2500), times.get(1));
        assertNull(times.get(2), "the last view of a visit has no time on page");
        assertEquals(3, recorder.getRecordedCount());
    }

    /**
     * What a shopper sends comes back as it was, whichever way the rows go in (on PostgreSQL a COPY in text format, where
     * backslash, tab and line breaks are escapes and NULL is \\N): every column, the characters COPY gives a meaning
     * to, markup and quotes, other scripts and emoji, empty strings and nulls; a NUL (which PostgreSQL refuses in text)
     * becomes U+FFFD; values over a column's length are cut to it.
     */
    @Test
    void everyColumnComesBackAsSentWhateverItsCharacters() throws Exception {
        long customer = newCustomerId();
        long time = System.currentTimeMillis() - 5 * MINUTE;
        String tricky = "a\\b\tc\nd\re \\N \\. <b>\"q\"</b> 'x' \u00e9\u00df\u4e2d\u0434 \ud83d\ude00";
        PageViewEvent full = view(customer, time);
        full.setSessionHash("s\\h");
        full.setIpAddress("2001:db8::1");
        full.setHttpMethod("POST");
        full.setUrl("/p?q=" + tricky);
        full.setReferrer("https://ref.example/" + tricky);
        full.setUserAgent("UA " + tricky + "\u0000end");
        full.setBrowserName("Chrome");
        full.setBrowserVersion("120.0");
        full.setOperatingSystem("Linux");
        full.setBot(true);
        full.setProductId(77L);
        full.setCategoryId(88L);
        full.setItemName(tricky);
        full.setAssistedBy("csr\tone");
        PageViewEvent sparse = view(customer, time + 1000);
        sparse.setUrl("");
        sparse.setItemName(repeat('x', 300));
        recorder.record(full);
        recorder.record(sparse);
        assertTrue(recorder.flush(10000));

        List<java.util.Map<String, Object>> rows = jdbc.queryForList("SELECT SESSION_HASH, VIEW_TIME, IP_ADDRESS,"
                + " HTTP_METHOD, URL, TIME_ON_PAGE_MS, REFERRER, USER_AGENT, BROWSER_NAME, BROWSER_VERSION,"
                + " OPERATING_SYSTEM, IS_BOT, PRODUCT_ID, CATEGORY_ID, ITEM_NAME, ASSISTED_BY FROM CM_PAGE_VIEW"
                + " WHERE CUSTOMER_ID = ? ORDER BY VIEW_TIME", customer);
        assertEquals(2, rows.size());
        java.util.Map<String, Object> first = upperKeys(rows.get(0));
        assertEquals("s\\h", first.get("SESSION_HASH"));
        assertEquals(time, ((java.util.Date) first.get("VIEW_TIME")).getTime());
        assertEquals("2001:db8::1", first.get("IP_ADDRESS"));
        assertEquals("POST", first.get("HTTP_METHOD"));
        assertEquals("/p?q=" + tricky, first.get("URL"));
        assertEquals(1000L, ((Number) first.get("TIME_ON_PAGE_MS")).longValue());
        assertEquals("https://ref.example/" + tricky, first.get("REFERRER"));
        assertEquals("UA " + tricky + "\ufffdend", first.get("USER_AGENT"));
        assertEquals("Chrome", first.get("BROWSER_NAME"));
        assertEquals("120.0", first.get("BROWSER_VERSION"));
        assertEquals("Linux", first.get("OPERATING_SYSTEM"));
        assertEquals(Boolean.TRUE, asBoolean(first.get("IS_BOT")));
        assertEquals(77L, ((Number) first.get("PRODUCT_ID")).longValue());
        assertEquals(88L, ((Number) first.get("CATEGORY_ID")).longValue());
        assertEquals(tricky, first.get("ITEM_NAME"));
        assertEquals("csr\tone", first.get("ASSISTED_BY"));

        java.util.Map<String, Object> second = upperKeys(rows.get(1));
        assertEquals("", second.get("URL"), "an empty string stays empty, not null");
        assertNull(second.get("SESSION_HASH"));
        assertNull(second.get("IP_ADDRESS"));
        assertNull(second.get("TIME_ON_PAGE_MS"));
        assertNull(second.get("REFERRER"));
        assertNull(second.get("PRODUCT_ID"));
        assertEquals(Boolean.FALSE, asBoolean(second.get("IS_BOT")));
        assertEquals(repeat('x', 255), second.get("ITEM_NAME"));
    }

    @Test
    void aViewAfterTheIdleGapStartsANewVisit() throws Exception {
        long customer = newCustomerId();
        long t0 = System.currentTimeMillis() - 60 * MINUTE;
        recorder.record(view(customer, t0));
        assertTrue(recorder.flush(10000));
        recorder.record(view(customer, t0 + 31 * MINUTE));
        recorder.record(view(customer, t0 + 62 * MINUTE));
        assertTrue(recorder.flush(10000));

        List<Long> times = timesOnPage(customer);
        assertEquals(3, times.size());
        assertNull(times.get(0));
        assertNull(times.get(1));
        assertNull(times.get(2));
    }

    @Test
    void onTwoNodesWhoseRequestsAlternateEveryViewButTheLastGetsItsTimeOnPageFromTheDatabase() {
        long customer = newCustomerId();
        long other = newCustomerId();
        long t0 = System.currentTimeMillis() - 10 * MINUTE;
        PageViewBatchWriter nodeA = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "database");
        PageViewBatchWriter nodeB = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "database");

        nodeA.write(Arrays.asList(view(customer, t0), view(other, t0)));
        nodeB.write(Arrays.asList(view(customer, t0 + 1000)));
        nodeA.write(Arrays.asList(view(customer, t0 + 4000), view(other, t0 + 40 * MINUTE)));
        nodeB.write(Arrays.asList(view(customer, t0 + 4500), view(customer, t0 + 6000)));

        assertEquals(Arrays.asList(1000L, 3000L, 500L, 1500L, null), timesOnPage(customer));
        assertEquals(Arrays.asList(null, null), timesOnPage(other), "past the idle gap: a new visit");
        assertEquals(4, nodeA.getLookupTime().count() + nodeB.getLookupTime().count(), "one lookup per batch");
    }

    @Test
    void aCustomerAnotherNodeAlreadyRecordedALaterViewOfStillFindsItsPredecessor() {
        long customer = newCustomerId();
        long other = newCustomerId();
        long t0 = System.currentTimeMillis() - 10 * MINUTE;
        PageViewBatchWriter nodeA = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "database");
        PageViewBatchWriter nodeB = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "database");

        nodeB.write(Arrays.asList(view(customer, t0 + 5000)));
        nodeA.write(Arrays.asList(view(customer, t0)));
        // the customer's latest view in this batch's window (up to the other customer's t0 + 6 s) is node b's later
        // one: the predecessor of t0 + 3 s is still t0
        nodeA.write(Arrays.asList(view(customer, t0 + 3000), view(other, t0 + 6000)));

        assertEquals(Arrays.asList(3000L, null, null), timesOnPage(customer));
    }

    @Test
    void withMemoryOnlyANodeKnowsTheViewsItWroteItself() {
        long customer = newCustomerId();
        long t0 = System.currentTimeMillis() - 10 * MINUTE;
        PageViewBatchWriter nodeA = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "memory");
        PageViewBatchWriter nodeB = new PageViewBatchWriter(dao, transactionManager, 30, 10000, "memory");

        nodeA.write(Arrays.asList(view(customer, t0)));
        nodeB.write(Arrays.asList(view(customer, t0 + 1000)));
        nodeA.write(Arrays.asList(view(customer, t0 + 4000)));

        assertEquals(Arrays.asList(4000L, null, null), timesOnPage(customer),
                "node a links its own views across node b's: why several nodes need the database setting");
        assertEquals(0, nodeA.getLookupTime().count());
    }

    @Test
    void shutdownWritesWhatIsStillQueued() throws Exception {
        PageViewRecorderImpl slow = newRecorder(500, 60000);
        long customer = newCustomerId();
        for (int i = 0; i < 5; i++) {
            slow.record(view(customer, System.currentTimeMillis() + i));
        }
        slow.destroy();

        assertEquals(5, count(customer));
        assertEquals(5, slow.getRecordedCount());
        assertTrue(!slow.record(view(customer, System.currentTimeMillis())), "a stopped recorder drops");
        assertEquals(1, slow.getDroppedCount());
    }

    @Test
    void idsDoNotCollideWithEntitiesSavedThroughHibernate() throws Exception {
        long customer = newCustomerId();
        Long first = persistThroughHibernate(customer);
        recorder.record(view(customer, System.currentTimeMillis()));
        assertTrue(recorder.flush(10000));
        Long second = persistThroughHibernate(customer);

        assertEquals(3, count(customer));
        assertEquals(3, (int) jdbc.queryForObject("SELECT COUNT(DISTINCT PAGE_VIEW_ID) FROM CM_PAGE_VIEW "
                + "WHERE CUSTOMER_ID = ?", Integer.class, customer));
        assertTrue(first != null && second != null);
    }

    @Test
    void purgeDeletesOldViewsInBatches() throws Exception {
        long customer = newCustomerId();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            recorder.record(view(customer, now - 200L * 24 * 60 * MINUTE + i));
        }
        recorder.record(view(customer, now - 2 * MINUTE));
        recorder.record(view(customer, now - MINUTE));
        assertTrue(recorder.flush(10000));
        final int[] batches = {0};
        PageViewPurgeServiceImpl purge = new PageViewPurgeServiceImpl();
        purge.dao = new ForwardingPageViewDao(dao) {
            @Override
            public int deleteOlderThan(Date cutoff, int limit) {
                batches[0]++;
                return super.deleteOlderThan(cutoff, limit);
            }
        };
        purge.transactionManager = transactionManager;
        purge.setBatchSize(2);
        purge.init();

        assertEquals(0, purge.purgeOlderThan(0), "0 keeps everything");
        assertTrue(purge.purgeOlderThan(180) >= 5);

        assertEquals(2, count(customer));
        assertTrue(batches[0] >= 4, "5 rows in batches of 2 need 3 deleting batches and one empty");
    }

    @Test
    void moveHistoryGivesAnonymousViewsToTheAccount() throws Exception {
        long anonymous = newCustomerId();
        long registered = newCustomerId();
        recorder.record(view(anonymous, System.currentTimeMillis() - 2000));
        recorder.record(view(anonymous, System.currentTimeMillis() - 1000));
        recorder.record(view(registered, System.currentTimeMillis() - 5000));
        assertTrue(recorder.flush(10000));

        assertEquals(2, historyService.moveHistory(anonymous, registered));

        assertEquals(0, count(anonymous));
        assertEquals(3, count(registered));
        assertEquals(0, historyService.moveHistory(registered, registered));
    }

    @Test
    void historyIsReadOldestFirstInPagesWithinADateWindow() throws Exception {
        long customer = newCustomerId();
        long t0 = System.currentTimeMillis() - 10 * MINUTE;
        for (int i = 0; i < 5; i++) {
            PageViewEvent event = view(customer, t0 + i * MINUTE);
            event.setUrl("/page-" + i);
            recorder.record(event);
        }
        assertTrue(recorder.flush(10000));

        assertEquals(5, historyService.countViews(customer, null, null));
        assertEquals(Arrays.asList("/page-0", "/page-1"), urls(historyService.findViews(customer, null, null, 0, 2)));
        assertEquals(Arrays.asList("/page-4"), urls(historyService.findViews(customer, null, null, 2, 2)));
        Date from = new Date(t0 + MINUTE);
        Date to = new Date(t0 + 3 * MINUTE);
        assertEquals(2, historyService.countViews(customer, from, to));
        assertEquals(Arrays.asList("/page-1", "/page-2"), urls(historyService.findViews(customer, from, to, 0, 10)));
    }

    private static List<String> urls(List<PageView> views) {
        List<String> urls = new ArrayList<String>();
        for (PageView view : views) {
            urls.add(view.getUrl());
        }
        return urls;
    }

    @Test
    void measuresInsertThroughput() throws Exception {
        int views = 20000;
        PageViewRecorderImpl fast = newRecorder(views, 250);
        long base = newCustomerId();
        for (int i = 1; i < 200; i++) {
            customers.add(base + i);
        }
        long now = System.currentTimeMillis();
        long start = System.nanoTime();
        for (int i = 0; i < views; i++) {
            PageViewEvent event = view(base + i % 200, now + i);
            event.setUrl("/product/" + i + "?q=x");
            event.setUserAgent("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36");
            fast.record(event);
        }
        assertTrue(fast.flush(120000));
        long elapsedMs = Math.max(1, (System.nanoTime() - start) / 1000000);
        fast.destroy();

        assertEquals(views, fast.getRecordedCount());
        System.out.println("[custmgr] navigation history: " + views + " views written in " + elapsedMs + " ms = "
                + (views * 1000L / elapsedMs) + " views/s");
    }

    private PageViewRecorderImpl newRecorder(int capacity, long intervalMs) {
        PageViewRecorderImpl created = new PageViewRecorderImpl(
                new PageViewBatchWriter(dao, transactionManager, 30, 10000), capacity, 500, intervalMs);
        created.start();
        return created;
    }

    private long newCustomerId() {
        long id = ThreadLocalRandom.current().nextLong(1000000000000L, 9000000000000L);
        customers.add(id);
        return id;
    }

    private Long persistThroughHibernate(final long customer) {
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                PageViewImpl entity = new PageViewImpl();
                entity.setCustomerId(customer);
                entity.setViewTime(new Date());
                entity.setHttpMethod("GET");
                em.persist(entity);
                em.flush();
                return entity.getId();
            }
        });
    }

    private static PageViewEvent view(long customer, long time) {
        PageViewEvent event = new PageViewEvent();
        event.setCustomerId(customer);
        event.setViewTime(new Date(time));
        event.setHttpMethod("GET");
        event.setUrl("/");
        return event;
    }

    private List<Long> timesOnPage(long customer) {
        return jdbc.queryForList("SELECT TIME_ON_PAGE_MS FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ? ORDER BY VIEW_TIME",
                Long.class, customer);
    }

    private static java.util.Map<String, Object> upperKeys(java.util.Map<String, Object> row) {
        java.util.Map<String, Object> upper = new java.util.HashMap<String, Object>();
        for (java.util.Map.Entry<String, Object> entry : row.entrySet()) {
            upper.put(entry.getKey().toUpperCase(java.util.Locale.ROOT), entry.getValue());
        }
        return upper;
    }

    /** BOOLEAN on HSQLDB and PostgreSQL, BIT(1) or TINYINT on MariaDB. */
    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean ? (Boolean) value : Boolean.valueOf(((Number) value).intValue() != 0);
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder(times);
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }

    private int count(long customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", Integer.class, customer);
    }
}
