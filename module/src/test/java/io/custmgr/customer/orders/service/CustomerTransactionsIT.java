package io.custmgr.customer.orders.service;

import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.customer.orders.transaction.CurrencyTotals;
import io.custmgr.customer.orders.transaction.CustomerTransaction;
import io.custmgr.customer.orders.transaction.CustomerTransactionService;
import io.custmgr.customer.orders.transaction.InvalidTransactionException;
import io.custmgr.customer.orders.transaction.ManualTransaction;
import io.custmgr.customer.orders.transaction.ManualTransactionService;
import io.custmgr.customer.orders.type.PaymentStatus;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.SignedInAdmin;
import io.custmgr.test.StatementCounter;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.service.OrderRows.daysAgo;
import static io.custmgr.customer.orders.service.OrderRows.money;
import static io.custmgr.customer.orders.transaction.InvalidTransactionException.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Transactions tab's reads (every transaction of every placed order, totals per currency, in a fixed number of
 * statements) and manual payments and refunds written through Broadleaf's payment service: the order's payment status
 * follows, the audit trail records them, and bad input is refused field by field with nothing written.
 */
@BroadleafIntegrationTest
@Transactional
class CustomerTransactionsIT {

    static final int PAGE_SIZE = 50;

    @Resource(name = "cmCustomerTransactionService")
    CustomerTransactionService transactions;

    @Resource(name = "cmManualTransactionService")
    ManualTransactionService manual;

    @Resource(name = "cmCustomerOrdersService")
    CustomerOrdersService ordersService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService audit;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    OrderRows rows;
    JdbcTemplate jdbc;
    SignedInAdmin admin;

    @BeforeEach
    void setUp() {
        rows = new OrderRows(transactionManager.getDataSource(), em, entityConfiguration);
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        admin = new SignedInAdmin().signIn();
    }

    @AfterEach
    void signOut() {
        admin.signOut();
    }

    @Test
    void theTabReadsAThousandOrdersTransactionsInTheSameStatementsAsOnes() {
        long one = customerWithPaidOrders(1);
        long thousand = customerWithPaidOrders(1000);

        long forOne = statementsToLoadTab(one, 2);
        long forThousand = statementsToLoadTab(thousand, PAGE_SIZE);

        assertEquals(2, forOne, "one statement for the page of transactions, one for the totals");
        assertEquals(forOne, forThousand, "statements for a customer with 1,000 orders");
        List<CurrencyTotals> totals = transactions.findTotals(thousand);
        assertEquals(1, totals.size());
        assertEquals(0, money("12500").compareTo(totals.get(0).getPaid()));
        assertEquals(2000, totals.get(0).getTransactions(), "an authorization and a capture per order");
    }

    @Test
    void listsEveryTransactionNewestFirstWithTotalsPerCurrency() {
        currency("USD");
        currency("EUR");
        long customer = rows.customer(false);
        long usd = order(customer, "T-USD", "30.00", "USD", 3);
        long eur = order(customer, "T-EUR", "40.00", "EUR", 2);
        long cart = rows.order(customer, "IN_PROCESS", null, null, money("5.00"), daysAgo(0));
        long usdPayment = rows.payment(usd, money("30.00"), false);
        long eurPayment = rows.payment(eur, money("40.00"), false);
        long cartPayment = rows.payment(cart, money("5.00"), false);
        rows.flush();
        transaction(usdPayment, "AUTHORIZE_AND_CAPTURE", "30.00", true, 3);
        transaction(usdPayment, "REFUND", "10.00", true, 1);
        transaction(eurPayment, "AUTHORIZE_AND_CAPTURE", "40.00", false, 2);
        transaction(eurPayment, "AUTHORIZE_AND_CAPTURE", "25.00", true, 2);
        transaction(cartPayment, "AUTHORIZE_AND_CAPTURE", "5.00", true, 0);

        List<CustomerTransaction> listed = transactions.findTransactions(customer, 0, PAGE_SIZE);

        assertEquals(4, listed.size(), "the cart's payment is not the customer's transaction yet");
        assertEquals("REFUND", listed.get(0).getType());
        assertEquals("T-USD", listed.get(0).getOrderNumber());
        assertEquals("USD", listed.get(0).getCurrencyCode());
        assertEquals("Refund", listed.get(0).getTypeLabel());
        assertEquals("T-EUR", listed.get(1).getOrderNumber());
        assertTrue(listed.get(1).isSuccess());
        assertFalse(listed.get(2).isSuccess(), "the failed capture is listed too");
        assertEquals("T-USD", listed.get(3).getOrderNumber());
        List<CurrencyTotals> totals = transactions.findTotals(customer);
        assertEquals(2, totals.size());
        assertTotals(totals.get(0), "EUR", "25.00", "0", "15.00");
        assertTotals(totals.get(1), "USD", "30.00", "10.00", "0");
    }

    @Test
    void aManualPaymentIsABroadleafTransactionTheOrderStatusFollows() {
        long customer = rows.customer(false);
        long order = order(customer, "M-PAY", "20.00", null, 2);
        rows.flush();
        assertEquals(PaymentStatus.NONE, ordersService.findOrders(customer, null, 0, 5).getRows().get(0)
                .getPaymentStatus());

        List<Long> written = manual.record(customer, payment(order, "12.50").setMethod("CHECK")
                .setReference("cheque 1042").setTime(minutesAgo(60)).setReason("Paid at the counter"));
        em.flush();

        assertEquals(1, written.size());
        assertEquals(PaymentStatus.PARTIALLY_PAID, statusOf(customer));
        CustomerTransaction listed = transactions.findTransactions(customer, 0, PAGE_SIZE).get(0);
        assertEquals("AUTHORIZE_AND_CAPTURE", listed.getType());
        assertEquals(0, money("12.50").compareTo(listed.getAmount()));
        assertEquals("cheque 1042", listed.getReference());
        assertEquals("Paid at the counter", listed.getReason());
        assertEquals("CHECK", listed.getPaymentType());
        assertEquals("alice", jdbc.queryForObject("SELECT FIELD_VALUE FROM BLC_TRANS_ADDITNL_FIELDS"
                + " WHERE PAYMENT_TRANSACTION_ID = ? AND FIELD_NAME = ?", String.class, written.get(0),
                ManualTransactionService.RECORDED_BY_FIELD));
        assertEquals("TRANSACTION_RECORDED", audit.findRecords(customer, 0, 1).get(0).getAction());
        assertTrue(audit.findRecords(customer, 0, 1).get(0).getDetail().startsWith("Payment (Check) of 12.50 on order M-PAY"));

        manual.record(customer, payment(order, "7.50").setMethod("WIRE").setReason("Rest by wire"));
        em.flush();
        assertEquals(PaymentStatus.PAID, statusOf(customer));
    }

    @Test
    void aManualRefundSplitsOverThePaymentsAndNeverExceedsWhatWasCaptured() {
        long customer = rows.customer(false);
        long order = order(customer, "M-REF", "30.00", null, 3);
        long first = rows.payment(order, money("20.00"), false);
        long second = rows.payment(order, money("10.00"), false);
        rows.flush();
        transaction(first, "AUTHORIZE_AND_CAPTURE", "20.00", true, 2);
        transaction(second, "AUTHORIZE_AND_CAPTURE", "10.00", true, 2);
        transaction(first, "REFUND", "5.00", true, 1);

        refused(customer, refund(order, "25.01"), FIELD_AMOUNT, ABOVE_CAPTURED);
        List<Long> written = manual.record(customer, refund(order, "25.00"));
        em.flush();

        assertEquals(2, written.size(), "10.00 from the newer payment, 15.00 from the older");
        assertEquals(PaymentStatus.REFUNDED, statusOf(customer));
        refused(customer, refund(order, "0.01"), FIELD_AMOUNT, ABOVE_CAPTURED);
        assertEquals(written.get(0), jdbc.queryForObject("SELECT PAYMENT_TRANSACTION_ID FROM"
                + " BLC_ORDER_PAYMENT_TRANSACTION WHERE ORDER_PAYMENT = ? AND TRANSACTION_TYPE = 'REFUND'", Long.class,
                second));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long customer = rows.customer(false);
        long other = rows.customer(false);
        long order = order(customer, "M-BAD", "20.00", null, 2);
        long othersOrder = order(other, "M-OTHER", "20.00", null, 2);
        long cart = rows.order(customer, "IN_PROCESS", null, null, money("5.00"), daysAgo(0));
        long paid = rows.payment(order, money("20.00"), false);
        rows.flush();
        transaction(paid, "AUTHORIZE_AND_CAPTURE", "10.00", true, 1);
        int before = rows.count("BLC_ORDER_PAYMENT_TRANSACTION");

        refused(customer, payment(order, "-5").setMethod("CHECK"), FIELD_AMOUNT, NOT_POSITIVE);
        refused(customer, payment(order, "0").setMethod("CHECK"), FIELD_AMOUNT, NOT_POSITIVE);
        refused(customer, payment(order, "ten").setMethod("CHECK"), FIELD_AMOUNT, NOT_A_NUMBER);
        refused(customer, payment(order, "1e3").setMethod("CHECK"), FIELD_AMOUNT, NOT_A_NUMBER);
        refused(customer, payment(order, "1,50").setMethod("CHECK"), FIELD_AMOUNT, NOT_A_NUMBER);
        refused(customer, payment(order, "").setMethod("CHECK"), FIELD_AMOUNT, REQUIRED);
        refused(customer, payment(order, "1.005").setMethod("CHECK"), FIELD_AMOUNT, TOO_PRECISE);
        refused(customer, payment(order, "123456789012345").setMethod("CHECK"), FIELD_AMOUNT, TOO_LARGE);
        refused(customer, payment(order, "10.01").setMethod("CHECK"), FIELD_AMOUNT, ABOVE_OUTSTANDING);
        refused(customer, refund(order, "10.01"), FIELD_AMOUNT, ABOVE_CAPTURED);
        refused(customer, payment(order, "1.00"), FIELD_METHOD, REQUIRED);
        refused(customer, payment(order, "1.00").setMethod("BITCOIN"), FIELD_METHOD, UNKNOWN);
        refused(customer, payment(othersOrder, "1.00").setMethod("CHECK"), FIELD_ORDER, NOT_CUSTOMERS_ORDER);
        refused(customer, payment(cart, "1.00").setMethod("CHECK"), FIELD_ORDER, NOT_CUSTOMERS_ORDER);
        refused(customer, payment(null, "1.00").setMethod("CHECK"), FIELD_ORDER, REQUIRED);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setTime(minutesAgo(-120)), FIELD_TIME,
                IN_FUTURE);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setTime("2026-13-45 10:00"), FIELD_TIME,
                NOT_A_DATE);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setTime(minutesAgo(60 * 24 * 10)), FIELD_TIME,
                BEFORE_ORDER);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setReason(" "), FIELD_REASON, REQUIRED);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setReason(repeat('r', 256)), FIELD_REASON,
                TOO_LONG);
        refused(customer, payment(order, "1.00").setMethod("CHECK").setKind("GIFT"), FIELD_KIND, REQUIRED);
        InvalidTransactionException several = assertThrows(InvalidTransactionException.class, () -> manual.record(
                customer, new ManualTransaction().setKind(ManualTransaction.PAYMENT).setOrderId(order)
                        .setAmount("x").setTime("soon")));
        assertEquals("[amount, method, time, reason]", several.getErrors().keySet().toString());

        em.flush();
        assertEquals(before, rows.count("BLC_ORDER_PAYMENT_TRANSACTION"));
        assertEquals(0L, audit.countRecords(customer));
    }

    private long statementsToLoadTab(long customer, int expectedRows) {
        em.flush();
        em.clear();
        long before = StatementCounter.current();
        List<CustomerTransaction> page = transactions.findTransactions(customer, 0, PAGE_SIZE);
        List<CurrencyTotals> totals = transactions.findTotals(customer);
        long statements = StatementCounter.current() - before;
        assertEquals(expectedRows, page.size());
        assertEquals(1, totals.size());
        return statements;
    }

    /** Orders of 12.50 with an authorization and a capture each. */
    private long customerWithPaidOrders(int count) {
        long customer = rows.customer(false);
        long start = System.currentTimeMillis() - 2000L * OrderRows.DAY;
        for (int i = 0; i < count; i++) {
            Date submitted = new Date(start + i * OrderRows.DAY);
            long order = rows.order(customer, "SUBMITTED", "X-" + customer + "-" + i, submitted, money("12.50"),
                    submitted);
            long payment = rows.payment(order, money("12.50"), false);
            rows.transaction(payment, "AUTHORIZE", money("12.50"), true);
            rows.transaction(payment, "CAPTURE", money("12.50"), true);
        }
        rows.flush();
        return customer;
    }

    private long order(long customer, String number, String total, String currency, int daysAgo) {
        long order = rows.order(customer, "SUBMITTED", number, daysAgo(daysAgo), money(total), daysAgo(daysAgo));
        rows.flush();
        if (currency != null) {
            jdbc.update("UPDATE BLC_ORDER SET CURRENCY_CODE = ? WHERE ORDER_ID = ?", currency, order);
        }
        return order;
    }

    private void currency(String code) {
        if (rows.count("BLC_CURRENCY WHERE CURRENCY_CODE = ?", code) == 0) {
            jdbc.update("INSERT INTO BLC_CURRENCY (CURRENCY_CODE, DEFAULT_FLAG, FRIENDLY_NAME) VALUES (?, ?, ?)", code,
                    false, code);
        }
    }

    private void transaction(long payment, String type, String amount, boolean success, int daysAgo) {
        jdbc.update("INSERT INTO BLC_ORDER_PAYMENT_TRANSACTION (PAYMENT_TRANSACTION_ID, ORDER_PAYMENT,"
                + " TRANSACTION_TYPE, TRANSACTION_AMOUNT, SUCCESS, ARCHIVED, DATE_RECORDED) VALUES (?, ?, ?, ?, ?, 'N', ?)",
                nextTransactionId(), payment, type, money(amount), success,
                new Date(daysAgo(daysAgo).getTime() + 60000L * (nextId % 1000)));
    }

    private long nextId = 8900000000L + (System.nanoTime() % 100000L) * 1000L;

    private long nextTransactionId() {
        return ++nextId;
    }

    private PaymentStatus statusOf(long customer) {
        return ordersService.findOrders(customer, null, 0, 5).getRows().get(0).getPaymentStatus();
    }

    private void refused(long customer, ManualTransaction request, String field, String code) {
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> manual.record(customer, request));
        Map<String, String> errors = e.getErrors();
        assertEquals(code, errors.get(field), "errors: " + errors);
        assertEquals(1, errors.size(), "only the bad field: " + errors);
    }

    private static ManualTransaction payment(Long order, String amount) {
        return new ManualTransaction().setKind(ManualTransaction.PAYMENT).setOrderId(order).setAmount(amount)
                .setReason("test");
    }

    private static ManualTransaction refund(long order, String amount) {
        return new ManualTransaction().setKind(ManualTransaction.REFUND).setOrderId(order).setAmount(amount)
                .setReason("Returned goods");
    }

    private static String minutesAgo(int minutes) {
        return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm", Locale.ROOT)
                .format(new Date(System.currentTimeMillis() - minutes * 60000L));
    }

    private static String repeat(char c, int times) {
        return new String(new char[times]).replace('\0', c);
    }

    private static void assertTotals(CurrencyTotals totals, String currency, String paid, String refunded,
            String outstanding) {
        assertEquals(currency, totals.getCurrencyCode());
        assertEquals(0, new BigDecimal(paid).compareTo(totals.getPaid()), "paid in " + currency);
        assertEquals(0, new BigDecimal(refunded).compareTo(totals.getRefunded()), "refunded in " + currency);
        assertEquals(0, new BigDecimal(outstanding).compareTo(totals.getOutstanding()), "outstanding in " + currency);
    }
}
