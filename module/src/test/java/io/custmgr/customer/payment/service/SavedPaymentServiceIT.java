package io.custmgr.customer.payment.service;

import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved payments as a gateway integration stores them through Broadleaf (token plus additional fields) come out masked
 * only; default and removal act on the customer's own payments, through Broadleaf's service, audited; another
 * customer's id is not found and changes nothing.
 */
@BroadleafIntegrationTest
@Transactional
class SavedPaymentServiceIT {

    @Resource(name = "cmSavedPaymentService")
    SavedPaymentService savedPayments;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;
    long next = 8800000000L + (System.nanoTime() % 100000L) * 10000L;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        RowInserter.ensureCountry(transactionManager.getDataSource(), "US", "United States");
    }

    @Test
    void paymentsComeOutMaskedDefaultFirst() {
        long customer = customer();
        long visa = payment(customer, false, "tok_visa_SECRET", "VISA", "4111 1111 1111 1111", "08/2099");
        long amex = payment(customer, true, "tok_amex_SECRET", "AMEX", "0005", null);
        jdbc.update("INSERT INTO BLC_CUSTOMER_PAYMENT_FIELDS (CUSTOMER_PAYMENT_ID, FIELD_NAME, FIELD_VALUE)"
                + " VALUES (?, 'EXP_MONTH', '3'), (?, 'EXP_YEAR', '21')", amex, amex);

        List<SavedPaymentView> views = savedPayments.findSavedPayments(customer);

        assertEquals(Arrays.asList(amex, visa), Arrays.asList(views.get(0).getId(), views.get(1).getId()),
                "the default first");
        assertEquals("Amex ending in 0005", views.get(0).getLabel());
        assertEquals("03/2021", views.get(0).getExpiry().toString(), "from separate month and year fields");
        assertTrue(views.get(0).getExpiry().isExpired());
        assertEquals("Visa ending in 1111", views.get(1).getLabel(), "a stored card number: its last four only");
        assertFalse(views.get(1).getExpiry().isExpired());
        assertEquals("Card Holder", views.get(1).getBillingAddressLines().get(0));
        for (SavedPaymentView view : views) {
            String shown = view.toString() + view.getLabel() + view.getBillingAddressLines();
            assertFalse(shown.contains("SECRET") || shown.contains("4111 1111"), shown);
        }
    }

    @Test
    void readingTakesTheSameStatementsForOnePaymentAsForForty() {
        long one = customer();
        payment(one, true, "t-one", "VISA", "1234", "01/30");
        long forty = customer();
        for (int i = 0; i < 40; i++) {
            payment(forty, i == 0, "t-" + i, "VISA", String.valueOf(1000 + i), "01/30");
        }
        em.clear();
        long before = StatementCounter.current();
        assertEquals(1, savedPayments.findSavedPayments(one).size());
        long forOne = StatementCounter.current() - before;
        before = StatementCounter.current();
        assertEquals(40, savedPayments.findSavedPayments(forty).size());
        long forForty = StatementCounter.current() - before;
        assertEquals(3, forOne, "payments, their fields, their addresses");
        assertEquals(forOne, forForty);
    }

    @Test
    void theCustomerMakesOneDefaultAndRemovesOneAuditedAndAnotherCustomersIdIsNotFound() {
        long customer = customer();
        long first = payment(customer, true, "t-first", "VISA", "4242", "08/29");
        long second = payment(customer, false, "t-second", "MASTERCARD", "4444", "01/25");
        long other = customer();
        long othersPayment = payment(other, true, "t-other", "VISA", "9999", "08/29");

        assertEquals("Mastercard ending in 4444", savedPayments.makeDefault(customer, second).getLabel());
        em.flush();
        assertEquals(second, savedPayments.findSavedPayments(customer).get(0).getId().longValue());
        assertEquals(1, count("BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_ID = ? AND IS_DEFAULT = TRUE", customer),
                "one default only");

        assertEquals("Visa ending in 4242", savedPayments.remove(customer, first).getLabel());
        em.flush();
        assertEquals(0, count("BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_PAYMENT_ID = ?", first));
        assertEquals(0, count("BLC_CUSTOMER_PAYMENT_FIELDS WHERE CUSTOMER_PAYMENT_ID = ?", first), "with its fields");

        assertThrows(SavedPaymentNotFoundException.class, () -> savedPayments.remove(customer, othersPayment));
        assertThrows(SavedPaymentNotFoundException.class, () -> savedPayments.makeDefault(customer, othersPayment));
        assertThrows(SavedPaymentNotFoundException.class, () -> savedPayments.remove(customer, first),
                "removed already");
        assertThrows(SavedPaymentNotFoundException.class, () -> savedPayments.remove(null, second));
        assertEquals(1, count("BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_PAYMENT_ID = ?", othersPayment), "untouched");

        List<String> audit = new ArrayList<String>();
        for (CustomerAuditRecord record : auditService.findRecords(customer, 0, 10)) {
            audit.add(record.getAction() + ": " + record.getDetail());
        }
        assertTrue(audit.contains("SAVED_PAYMENT_REMOVED: Visa ending in 4242, expires 08/2029"), audit.toString());
        assertTrue(audit.contains("DEFAULT_PAYMENT_CHANGED: Mastercard ending in 4444, expires 01/2025"),
                audit.toString());
        assertTrue(audit.toString().indexOf("t-first") < 0, "no token in the audit trail");
    }

    private long customer() {
        long id = ++next;
        insert("BLC_CUSTOMER", new String[] {"CUSTOMER_ID", "USER_NAME", "EMAIL_ADDRESS", "IS_REGISTERED",
            "DATE_CREATED"}, id, "pay" + id, "pay" + id + "@example.com", true, new Date());
        return id;
    }

    private long payment(long customer, boolean isDefault, String token, String type, String lastFour, String expiry) {
        long address = ++next;
        insert("BLC_ADDRESS", new String[] {"ADDRESS_ID", "FIRST_NAME", "LAST_NAME", "ADDRESS_LINE1", "CITY",
            "POSTAL_CODE", "COUNTRY", "IS_ACTIVE", "IS_BUSINESS", "IS_DEFAULT"}, address,
            "Card", "Holder", "1 Card St", "Austin", "78701", "US",
            true, false, false);
        long id = ++next;
        insert("BLC_CUSTOMER_PAYMENT", new String[] {"CUSTOMER_PAYMENT_ID", "CUSTOMER_ID", "ADDRESS_ID",
            "PAYMENT_TOKEN", "IS_DEFAULT"}, id, customer, address, token, isDefault);
        field(id, "CARD_TYPE", type);
        field(id, "LAST_FOUR", lastFour);
        field(id, "NAME_ON_CARD", "SECRET Holder");
        if (expiry != null) {
            field(id, "EXP_DATE", expiry);
        }
        return id;
    }

    private void field(long payment, String name, String value) {
        jdbc.update("INSERT INTO BLC_CUSTOMER_PAYMENT_FIELDS (CUSTOMER_PAYMENT_ID, FIELD_NAME, FIELD_VALUE)"
                + " VALUES (?, ?, ?)", payment, name, value);
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }

    private void insert(String table, String[] columns, Object... values) {
        RowInserter.insertRow(transactionManager.getDataSource(), table, columns, values);
    }
}
