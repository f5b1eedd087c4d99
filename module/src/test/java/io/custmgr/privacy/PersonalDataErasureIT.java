package io.custmgr.privacy;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.duplicates.dao.CustomerMatchKeyDao;
import io.custmgr.duplicates.dao.CustomerPairRow;
import io.custmgr.privacy.dao.ErasureSubject;
import io.custmgr.privacy.service.ErasurePreview;
import io.custmgr.privacy.service.ErasureRefusedException;
import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.privacy.type.ErasureRefusal;
import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.test.BackgroundWriters;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasing a customer leaves no personal string of theirs in any table while their orders keep totals, items and tax;
 * refusals change nothing. Each test runs in one rolled-back transaction: the rows are written through its connection
 * and read there (rollback of a failing erasure: {@link ErasureRollbackIT}).
 */
@BroadleafIntegrationTest
@Transactional
class PersonalDataErasureIT {

    private static long nextId = 7600000000L + (System.nanoTime() % 100000L) * 1000L;

    @Resource(name = "cmPersonalDataErasureService")
    PersonalDataErasureService erasureService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "cmCustomerMatchKeyDao")
    CustomerMatchKeyDao matchKeys;

    @Resource(name = "cmCustomerDocumentDao")
    CustomerDocumentDao documents;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;
    ErasureFixtures fixtures;

    @BeforeEach
    void setUp() throws InterruptedException {
        BackgroundWriters.flushAll();
        // as in CustomerDeletionIT: the audit id pool is taken before the test's rows lock their tables
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        auditService.record(CustomerAuditEntry.of(0L, CustomerAuditAction.FIELD_CHANGED, "id pool"),
                AuditActor.system());
        fixtures = new ErasureFixtures(transactionManager.getDataSource(), jdbc, nextId);
        nextId += 1000;
    }

    @Test
    void erasedCustomerLeavesNoPersonalStringAnywhereAndItsOrderKeepsTotalsItemsAndTax() throws SQLException {
        long customer = registered();
        fixtures.ownRows(customer);
        long order = fixtures.order(customer, "FULFILLED");
        String[] personal = personalStrings(customer);
        PersonalStrings scan = new PersonalStrings(transactionManager.getDataSource(), jdbc);
        assertTrue(scan.findAll(personal).size() >= 10, "the fixture spreads the data: " + scan.findAll(personal));

        erasureService.erase(customer, false, "erased in a test");

        assertEquals(Collections.emptyList(), scan.findAll(personal));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer);
        assertEquals("erased-" + customer + "@erased.custmgr.invalid", row.get("USER_NAME"));
        assertEquals(row.get("USER_NAME"), row.get("EMAIL_ADDRESS"));
        assertNotNull(row.get("CM_ERASED_DATE"));
        assertEquals(Boolean.TRUE, row.get("DEACTIVATED"));
        assertNull(row.get("PASSWORD"));
        assertEquals(Boolean.FALSE, row.get("CM_NEWSLETTER_OPT_IN"));
        Map<String, Object> kept = jdbc.queryForMap("SELECT CUSTOMER_ID, ORDER_TOTAL, ORDER_SUBTOTAL, TOTAL_TAX"
                + " FROM BLC_ORDER WHERE ORDER_ID = ?", order);
        assertEquals(customer, ((Number) kept.get("CUSTOMER_ID")).longValue());
        assertEquals(0, new BigDecimal("123.45").compareTo((BigDecimal) kept.get("ORDER_TOTAL")));
        assertEquals(0, new BigDecimal("10.00").compareTo((BigDecimal) kept.get("TOTAL_TAX")));
        assertEquals(1, count("BLC_ORDER_ITEM WHERE ORDER_ID = ? AND QUANTITY = 3", order));
        assertEquals(1, count("BLC_ORDER_PAYMENT WHERE ORDER_ID = ?", order));
        assertEquals(1, count("BLC_ORDER_PAYMENT_TRANSACTION t JOIN BLC_ORDER_PAYMENT p"
                + " ON p.ORDER_PAYMENT_ID = t.ORDER_PAYMENT WHERE p.ORDER_ID = ? AND t.RAW_RESPONSE IS NULL"
                + " AND t.CUSTOMER_IP_ADDRESS IS NULL AND t.TRANSACTION_AMOUNT = 123.45", order),
                "the transaction stays with its amount, without the gateway's raw response (payer's data) or the IP");
        assertEquals(1, count("BLC_FULFILLMENT_GROUP f JOIN BLC_ADDRESS a ON a.ADDRESS_ID = f.ADDRESS_ID"
                + " WHERE f.ORDER_ID = ? AND a.CITY = 'Zurich' AND a.COUNTRY = 'CH'", order), "tax jurisdiction kept");
        assertEquals(0, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer));
        assertEquals(0, count("CM_CUSTOMER_MATCH_KEY WHERE CUSTOMER_ID = ?", customer));
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?", customer), "only the erasure's record");
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'CUSTOMER_ERASED'"
                + " AND DETAIL = 'erased in a test'", customer));
    }

    @Test
    void thePreviewNamesTheCustomerAndCountsWhatGoesAndStays() {
        long customer = registered();
        fixtures.ownRows(customer);
        fixtures.order(customer, "SHIPPED");

        ErasurePreview preview = erasureService.preview(customer);

        ErasureSubject subject = preview.getSubject();
        assertEquals("Dora " + ErasureFixtures.lastName(customer), subject.getName());
        assertEquals(ErasureFixtures.email(customer), subject.getEmail());
        assertEquals(1, subject.getOrdersKept());
        assertEquals(Long.valueOf(3), subject.getErased().get("Page views"));
        assertEquals(Long.valueOf(1), subject.getErased().get("Addresses"));
        assertEquals(ErasureRefusal.OPEN_ORDERS, preview.getRefusal());
        assertNull(erasureService.preview(nextId + 999).getSubject());
    }

    @Test
    void erasingTwiceIsRefusedAsAlreadyErasedAndChangesNothing() {
        long customer = registered();
        erasureService.erase(customer, false, "first");
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer);

        ErasureRefusedException refused = assertThrows(ErasureRefusedException.class,
                () -> erasureService.erase(customer, true, "second"));

        assertEquals(ErasureRefusal.ALREADY_ERASED, refused.getRefusal());
        assertTrue(refused.getMessage().contains("already erased"), refused.getMessage());
        assertEquals(before, jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer));
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'CUSTOMER_ERASED'", customer));
    }

    @Test
    void aMergedAwayOrUnknownCustomerIsRefusedWithTheReason() {
        long survivor = registered();
        long absorbed = registered();
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_MERGED_INTO = ? WHERE CUSTOMER_ID = ?", survivor, absorbed);

        assertEquals(ErasureRefusal.MERGED_AWAY, assertThrows(ErasureRefusedException.class,
                () -> erasureService.erase(absorbed, false, "test")).getRefusal());
        assertEquals(ErasureRefusal.NOT_FOUND, assertThrows(ErasureRefusedException.class,
                () -> erasureService.erase(nextId + 999, false, "test")).getRefusal());
        assertEquals(ErasureFixtures.email(absorbed), jdbc.queryForObject(
                "SELECT EMAIL_ADDRESS FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", String.class, absorbed));
    }

    @Test
    void openOrdersRefuseTheErasureUnlessForced() {
        long customer = registered();
        fixtures.ownRows(customer);
        long order = fixtures.order(customer, null); // a fulfillment group without status: not yet fulfilled

        ErasureRefusedException refused = assertThrows(ErasureRefusedException.class,
                () -> erasureService.erase(customer, false, "test"));
        assertEquals(ErasureRefusal.OPEN_ORDERS, refused.getRefusal());
        assertEquals(3, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer), "nothing touched");
        assertEquals(ErasureFixtures.email(customer), jdbc.queryForObject(
                "SELECT EMAIL_ADDRESS FROM BLC_ORDER WHERE ORDER_ID = ?", String.class, order));

        erasureService.erase(customer, true, "forced in a test");

        assertEquals(0, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer));
        assertEquals(1, count("BLC_ORDER WHERE ORDER_ID = ? AND EMAIL_ADDRESS IS NULL", order));
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND DETAIL LIKE '%forced%'", customer));
    }

    @Test
    void aPendingMergeRefusesTheErasure() {
        long customer = registered();
        jdbc.update("INSERT INTO CM_CUSTOMER_MERGE_LOCK (CUSTOMER_ID, LOCKED_AT, LOCKED_BY) VALUES (?, ?, 'test')",
                customer, new java.sql.Timestamp(System.currentTimeMillis()));

        assertEquals(ErasureRefusal.MERGE_PENDING, assertThrows(ErasureRefusedException.class,
                () -> erasureService.erase(customer, false, "test")).getRefusal());
    }

    @Test
    void erasedCustomersLeaveDuplicatesAndTheSearchIndexEvenWhenReactivated() {
        long erased = registered();
        long other = registered();
        long third = registered();
        erasureService.erase(erased, false, "test");
        jdbc.update("UPDATE BLC_CUSTOMER SET DEACTIVATED = ? WHERE CUSTOMER_ID = ?", Boolean.FALSE, erased);
        String key = "shared" + erased;
        for (long customer : new long[] {erased, other, third}) { // e.g. written by a refresh racing the erasure
            jdbc.update("INSERT INTO CM_CUSTOMER_MATCH_KEY (CUSTOMER_ID, KIND, MATCH_KEY) VALUES (?, 'PHONE', ?)",
                    customer, key);
        }

        List<CustomerPairRow> pairs = matchKeys.readPairs("PHONE", 0, 100000);

        assertTrue(pairs.contains(new CustomerPairRow(other, third)), "the two others still pair");
        for (CustomerPairRow pair : pairs) {
            assertTrue(pair.getLowId() != erased && pair.getHighId() != erased, "erased customer in a pair");
        }
        // no document read means the indexer deletes the customer's document (CustomerIndexer)
        assertEquals(Collections.singleton(other), documents.readDocuments(Arrays.asList(erased, other)).keySet());
    }

    @Test
    void theErasedLoginIsFreeForANewRegistration() {
        long customer = registered();
        erasureService.erase(customer, false, "test");

        Customer again = customerService.createCustomer();
        again.setEmailAddress(ErasureFixtures.email(customer));
        again.setUsername(ErasureFixtures.email(customer));
        again.setRegistered(true);
        customerService.saveCustomer(again, false);
        em.flush();

        assertEquals(1, count("BLC_CUSTOMER WHERE EMAIL_ADDRESS = ?", ErasureFixtures.email(customer)));
    }

    private long registered() {
        return ErasureFixtures.registered(customerService, em, nextId++, true);
    }

    private static String[] personalStrings(long customer) {
        return new String[] {ErasureFixtures.email(customer), ErasureFixtures.lastName(customer),
                ErasureFixtures.ip(customer), "044 " + customer, "079 " + customer};
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
