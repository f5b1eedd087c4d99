package io.custmgr.customer.orders.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.customer.orders.detail.OrderDetail;
import io.custmgr.customer.orders.detail.OrderDetailService;
import io.custmgr.customer.orders.type.PaymentStatus;
import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.StatementCounter;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.service.OrderRows.daysAgo;
import static io.custmgr.customer.orders.service.OrderRows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shopper's order page reads a placed order of its own customer only, with the order's own copies of the
 * addresses and each payment's state, in the same number of statements for 2 items as for 300; the mailed order link
 * opens it until it expires and not when altered.
 */
@BroadleafIntegrationTest
@Transactional
class OrderDetailIT {

    /** Header with payment state, lines, shipments, payments, addresses. */
    static final long EXPECTED_STATEMENTS = 5;

    @Resource(name = "cmOrderDetailService")
    OrderDetailService orderDetails;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    OrderRows rows;
    JdbcTemplate jdbc;
    long next = 8700000000L + (System.nanoTime() % 100000L) * 10000L;

    @BeforeEach
    void setUp() {
        rows = new OrderRows(transactionManager.getDataSource(), em, entityConfiguration);
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        RowInserter.ensureCountry(transactionManager.getDataSource(), "US", "United States");
    }

    @Test
    void aPlacedOrderShowsItsLinesAddressesAndPaymentsInTheSameStatementsWhateverItsSize() {
        long customer = rows.customer(false);
        String small = "OD-S-" + next;
        String large = "OD-L-" + next;
        placedOrder(customer, small, 2);
        placedOrder(customer, large, 300);

        long before = StatementCounter.current();
        OrderDetail order = orderDetails.findPlacedOrder(customer, small);
        long forSmall = StatementCounter.current() - before;
        before = StatementCounter.current();
        OrderDetail big = orderDetails.findPlacedOrder(customer, large);
        long forLarge = StatementCounter.current() - before;

        assertEquals(EXPECTED_STATEMENTS, forSmall, "statements for an order of 2 items");
        assertEquals(forSmall, forLarge, "statements for an order of 300 items");
        assertEquals(300, big.getLines().size());

        assertEquals(small, order.getOrderNumber());
        assertEquals("Submitted", order.getStatusLabel());
        assertEquals(Arrays.asList("Item 0", "Item 1"), Arrays.asList(order.getLines().get(0).getName(),
                order.getLines().get(1).getName()));
        assertEquals(0, money("3.00").compareTo(order.getItemsTotal()), "2 items of 1.00 and 2.00");
        assertEquals(0, money("1.50").compareTo(order.getTotals().getDiscounts()), "an order discount, taken off");
        assertTrue(order.getTotals().isDiscounted());
        assertEquals(0, money("10.00").compareTo(order.getTotals().getTotal()));
        assertEquals(1, order.getShipments().size());
        assertEquals("Express", order.getShipments().get(0).getMethod());
        assertEquals("Fulfilled", order.getShipments().get(0).getStatusLabel());
        assertEquals(Arrays.asList("Sam Ship", "1 Ship Street", "Springfield, 62704", "United States"),
                order.getShipments().get(0).getAddressLines(), "the order's own address");
        assertEquals(2, order.getPayments().size(), "the archived payment is left out");
        assertEquals(PaymentStatus.PAID, order.getPayments().get(0).getStatus(), "captured its own amount");
        assertEquals(PaymentStatus.AUTHORIZED, order.getPayments().get(1).getStatus());
        assertEquals("Credit Card", order.getPayments().get(0).getTypeLabel());
        assertEquals("Bill Pay", order.getPayments().get(0).getBillingAddressLines().get(0));
        assertEquals(PaymentStatus.PARTIALLY_PAID, order.getPaymentStatus(), "8.00 of 10.00 captured");
    }

    @Test
    void anotherCustomersOrderACartAWishlistOrAnUnknownNumberIsNotFound() {
        long owner = rows.customer(false);
        long other = rows.customer(false);
        String number = "OD-N-" + next;
        placedOrder(owner, number, 1);
        rows.order(owner, "IN_PROCESS", "OD-CART-" + next, null, money("1.00"), new Date());
        rows.order(owner, "NAMED", "OD-WISH-" + next, null, money("1.00"), new Date());
        rows.flush();

        assertNotNull(orderDetails.findPlacedOrder(owner, number));
        assertNull(orderDetails.findPlacedOrder(other, number), "another customer's order");
        assertNull(orderDetails.findPlacedOrder(owner, "OD-CART-" + next), "a cart is no placed order");
        assertNull(orderDetails.findPlacedOrder(owner, "OD-WISH-" + next), "nor a wishlist");
        assertNull(orderDetails.findPlacedOrder(owner, number + "X"));
        assertNull(orderDetails.findPlacedOrder(null, number), "nobody signed in");
        assertNull(orderDetails.findPlacedOrder(owner, org.apache.commons.lang3.StringUtils.repeat("x", 10000)), "an oversized number finds nothing");
    }

    @Test
    void theOrderLinkOpensTheOrderUntilItExpiresAndNotWhenAltered() {
        long guest = rows.customer(true);
        String number = "OD-G-" + next;
        placedOrder(guest, number, 1);
        String link = orderDetails.issueLink(guest, number, "https://shop.example.com/orders/view");
        assertTrue(link.startsWith("https://shop.example.com/orders/view?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);

        assertEquals(number, orderDetails.findByLink(token).getOrderNumber());
        assertEquals(number, orderDetails.findByLink(token).getOrderNumber(), "a link to look at opens again");

        String altered = token.substring(0, token.length() - 1) + (token.endsWith("a") ? "b" : "a");
        MailedLinkRefusedException refused = assertThrows(MailedLinkRefusedException.class,
                () -> orderDetails.findByLink(altered));
        assertEquals("unknown", refused.getCode());
        assertEquals("unknown", assertThrows(MailedLinkRefusedException.class,
                () -> orderDetails.findByLink(null)).getCode());

        jdbc.update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE PAYLOAD = ?", daysAgo(1), number);
        assertEquals("expired", assertThrows(MailedLinkRefusedException.class,
                () -> orderDetails.findByLink(token)).getCode());
    }

    /**
     * A submitted order of {@code items} items (1.00, 2.00, ...) totalling 10.00 with a 1.50 order discount, an express
     * shipment to its own address, a credit card payment of 8.00 captured, one of 2.00 authorized and an archived one.
     */
    private void placedOrder(long customer, String number, int items) {
        long order = rows.order(customer, "SUBMITTED", number, daysAgo(1), money("10.00"), daysAgo(2));
        for (int i = 0; i < items; i++) {
            rows.item(order, "Item " + i, 1, BigDecimal.valueOf(i + 1), null);
        }
        long captured = rows.payment(order, money("8.00"), false);
        rows.transaction(captured, "AUTHORIZE_AND_CAPTURE", money("8.00"), true);
        long authorized = rows.payment(order, money("2.00"), false);
        rows.transaction(authorized, "AUTHORIZE", money("2.00"), true);
        rows.payment(order, money("10.00"), true);
        rows.flush();
        long shipTo = address("Sam", "Ship", "1 Ship Street");
        insert("BLC_FULFILLMENT_GROUP", new String[] {"FULFILLMENT_GROUP_ID", "ORDER_ID", "ADDRESS_ID", "METHOD",
            "STATUS", "IS_PRIMARY", "PRICE"}, ++next, order, shipTo, "Express", "FULFILLED", true, money("5.00"));
        insert("BLC_ORDER_ADJUSTMENT", new String[] {"ORDER_ADJUSTMENT_ID", "ORDER_ID", "ADJUSTMENT_REASON",
            "ADJUSTMENT_VALUE", "OFFER_ID"}, ++next, order, "Welcome", money("1.50"), offer());
        long billTo = address("Bill", "Pay", "2 Bill Road");
        jdbc.update("UPDATE BLC_ORDER_PAYMENT SET ADDRESS_ID = ? WHERE ORDER_PAYMENT_ID = ?", billTo, captured);
    }

    private long address(String first, String last, String line1) {
        long id = ++next;
        insert("BLC_ADDRESS", new String[] {"ADDRESS_ID", "FIRST_NAME", "LAST_NAME", "ADDRESS_LINE1", "CITY",
            "POSTAL_CODE", "COUNTRY", "IS_ACTIVE", "IS_BUSINESS", "IS_DEFAULT"}, id,
            first, last, line1, "Springfield", "62704", "US", true, false, false);
        return id;
    }

    private void insert(String table, String[] columns, Object... values) {
        RowInserter.insertRow(transactionManager.getDataSource(), table, columns, values);
    }

    private Long offerId;

    private long offer() {
        if (offerId == null) {
            offerId = ++next;
            insert("BLC_OFFER", new String[] {"OFFER_ID", "OFFER_NAME", "OFFER_TYPE", "OFFER_VALUE",
                "OFFER_DISCOUNT_TYPE"}, offerId, "Welcome", "ORDER", money("1.50"), "AMOUNT_OFF");
        }
        return offerId;
    }
}
