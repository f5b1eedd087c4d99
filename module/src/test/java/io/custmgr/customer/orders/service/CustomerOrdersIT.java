package io.custmgr.customer.orders.service;

import io.custmgr.customer.orders.domain.DatedOrderItem;
import io.custmgr.customer.orders.type.PaymentStatus;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.service.OrderRows.daysAgo;
import static io.custmgr.customer.orders.service.OrderRows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the customer form's Orders, Current cart and Wishlist tabs read, on Broadleaf's own tables. */
@BroadleafIntegrationTest
@Transactional
class CustomerOrdersIT {

    @Resource(name = "cmCustomerOrdersService")
    CustomerOrdersService service;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    OrderRows rows;
    long[] tea;
    long[] mug;

    @BeforeEach
    void setUp() {
        rows = new OrderRows(transactionManager.getDataSource(), em, entityConfiguration);
        tea = rows.product("Green Tea", "/cmsstatic/img/tea.png");
        mug = rows.product("Mug", null);
    }

    @Test
    void ordersListPlacedOrdersNewestFirstWithItemsTotalPaymentAndStatus() {
        long customer = rows.customer(false);
        long older = rows.order(customer, "SUBMITTED", "N-1", daysAgo(20), money("12.50"), daysAgo(21));
        rows.item(older, "Green Tea", 2, money("4.00"), tea);
        rows.item(older, "Mug", 1, money("4.50"), mug);
        rows.transaction(rows.payment(older, money("12.50"), false), "AUTHORIZE_AND_CAPTURE", money("12.50"), true);
        long cancelled = rows.order(customer, "CANCELLED", "N-2", daysAgo(10), money("4.00"), daysAgo(11));
        rows.item(cancelled, "Green Tea", 1, money("4.00"), tea);
        long newest = rows.order(customer, "SUBMITTED", "N-3", daysAgo(1), money("9.00"), daysAgo(2));
        rows.item(newest, "Mug", 2, money("4.50"), mug);
        long cart = rows.order(customer, "IN_PROCESS", null, null, money("4.00"), daysAgo(0));
        rows.item(cart, "Green Tea", 1, money("4.00"), tea);
        rows.order(customer, "NAMED", null, null, money("0"), daysAgo(3));
        rows.flush();

        OrderHistoryPage page = service.findOrders(customer, null, 0, 25);

        assertEquals(3, page.getTotalMatching(), "carts and wishlists are not orders");
        List<OrderHistoryRow> list = page.getRows();
        assertEquals("N-3", list.get(0).getOrderNumber());
        assertEquals("N-2", list.get(1).getOrderNumber());
        assertEquals("N-1", list.get(2).getOrderNumber());
        OrderHistoryRow first = list.get(2);
        assertEquals(older, (long) first.getOrderId());
        assertEquals(0, money("12.50").compareTo(first.getTotal()));
        assertEquals("SUBMITTED", first.getStatus());
        assertEquals(PaymentStatus.PAID, first.getPaymentStatus());
        assertEquals(2, first.getLines().size());
        assertEquals("Green Tea", first.getLines().get(0).getName());
        assertEquals(2, first.getLines().get(0).getQuantity());
        assertEquals("Mug", first.getLines().get(1).getName());
        assertTrue(Math.abs(first.getSubmitDate().getTime() - daysAgo(20).getTime()) < 60000);
        assertEquals("CANCELLED", list.get(1).getStatus());
        assertEquals(PaymentStatus.NONE, list.get(1).getPaymentStatus());
    }

    @Test
    void paymentStatusFollowsSuccessfulTransactionsOfActivePayments() {
        long customer = rows.customer(false);
        assertEquals(PaymentStatus.PAID, statusAfter(customer, "P-PAID", "AUTHORIZE_AND_CAPTURE", "10", true));
        assertEquals(PaymentStatus.PARTIALLY_PAID, statusAfter(customer, "P-PART", "CAPTURE", "4", true));
        assertEquals(PaymentStatus.AUTHORIZED, statusAfter(customer, "P-AUTH", "AUTHORIZE", "10", true));
        assertEquals(PaymentStatus.FAILED, statusAfter(customer, "P-FAIL", "AUTHORIZE_AND_CAPTURE", "10", false));
        assertEquals(PaymentStatus.UNCONFIRMED, statusAfter(customer, "P-UNC", "UNCONFIRMED", "10", true));

        long refunded = order(customer, "P-REF");
        long payment = rows.payment(refunded, money("10"), false);
        rows.transaction(payment, "AUTHORIZE_AND_CAPTURE", money("10"), true);
        rows.transaction(payment, "REFUND", money("10"), true);
        long partlyRefunded = order(customer, "P-PREF");
        payment = rows.payment(partlyRefunded, money("10"), false);
        rows.transaction(payment, "AUTHORIZE_AND_CAPTURE", money("10"), true);
        rows.transaction(payment, "REFUND", money("3"), true);
        long voided = order(customer, "P-VOID");
        payment = rows.payment(voided, money("10"), false);
        rows.transaction(payment, "AUTHORIZE", money("10"), true);
        rows.transaction(payment, "REVERSE_AUTH", money("10"), true);
        long pending = order(customer, "P-PEND");
        rows.payment(pending, money("10"), false);
        long archived = order(customer, "P-ARCH");
        rows.transaction(rows.payment(archived, money("10"), true), "AUTHORIZE_AND_CAPTURE", money("10"), true);
        rows.flush();

        assertEquals(PaymentStatus.REFUNDED, statusOf(customer, "P-REF"));
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, statusOf(customer, "P-PREF"));
        assertEquals(PaymentStatus.VOIDED, statusOf(customer, "P-VOID"));
        assertEquals(PaymentStatus.PENDING, statusOf(customer, "P-PEND"));
        assertEquals(PaymentStatus.NONE, statusOf(customer, "P-ARCH"), "an archived (invalidated) payment is ignored");
    }

    @Test
    void filterMatchesNumberItemStatusPaymentStatusDateAndTotal() {
        long customer = rows.customer(false);
        long a = rows.order(customer, "SUBMITTED", "WEB-1001", daysAgo(400), money("12.50"), daysAgo(400));
        rows.item(a, "Green Tea", 2, money("6.25"), tea);
        rows.transaction(rows.payment(a, money("12.50"), false), "AUTHORIZE_AND_CAPTURE", money("12.50"), true);
        long b = rows.order(customer, "CANCELLED", "WEB-1002", daysAgo(5), money("4.50"), daysAgo(5));
        rows.item(b, "Mug 100% ceramic", 1, money("4.50"), mug);
        long c = rows.order(customer, "SUBMITTED", "SHOP-7", daysAgo(2), money("9.00"), daysAgo(2));
        rows.item(c, "Mug", 2, money("4.50"), mug);
        rows.flush();

        assertEquals(numbers("WEB-1002", "WEB-1001"), numbersFor(customer, "web-"));
        assertEquals(numbers("WEB-1001"), numbersFor(customer, "green TEA"));
        assertEquals(numbers("WEB-1002"), numbersFor(customer, "cancel"));
        assertEquals(numbers("WEB-1001"), numbersFor(customer, "Paid"));
        assertEquals(numbers("SHOP-7", "WEB-1002"), numbersFor(customer, "no payment"));
        assertEquals(numbers("SHOP-7"), numbersFor(customer, "9.00"));
        assertEquals(numbers("WEB-1002"), numbersFor(customer, "100%"), "% is taken literally");
        assertEquals(numbers(), numbersFor(customer, "nothing like this"));
        String day = new java.text.SimpleDateFormat("yyyy-MM-dd").format(daysAgo(400));
        assertEquals(numbers("WEB-1001"), numbersFor(customer, day));
        assertEquals(3, service.findOrders(customer, "   ", 0, 10).getTotalMatching(), "blank: no filter");
    }

    @Test
    void ordersArePagedAndAPageBeyondTheLastShowsTheLast() {
        long customer = rows.customer(false);
        for (int i = 0; i < 30; i++) {
            long order = rows.order(customer, "SUBMITTED", String.format("PG-%02d", i), daysAgo(60 - i), money("1"),
                    daysAgo(60 - i));
            rows.item(order, "Mug", 1, money("1"), mug);
        }
        rows.flush();

        OrderHistoryPage second = service.findOrders(customer, null, 1, 25);
        assertEquals(30, second.getTotalMatching());
        assertEquals(1, second.getLastPage());
        assertEquals(5, second.getRows().size());
        assertEquals("PG-04", second.getRows().get(0).getOrderNumber());
        assertEquals("PG-00", second.getRows().get(4).getOrderNumber());
        OrderHistoryPage beyond = service.findOrders(customer, null, 99, 25);
        assertEquals(1, beyond.getPage());
        assertEquals("PG-29", service.findOrders(customer, null, -1, 25).getRows().get(0).getOrderNumber());
    }

    @Test
    void aGuestProfilesOrdersShowOnItsForm() {
        long guest = rows.customer(true);
        long order = rows.order(guest, "SUBMITTED", "GUEST-1", daysAgo(3), money("8.00"), daysAgo(3));
        rows.item(order, "Green Tea", 2, money("4.00"), tea);
        rows.flush();
        assertEquals(1, rows.count("BLC_CUSTOMER WHERE CUSTOMER_ID = ? AND CM_IS_GUEST = ?", guest, Boolean.TRUE));

        OrderHistoryPage page = service.findOrders(guest, null, 0, 25);

        assertEquals(numbers("GUEST-1"), numbers(page));
        assertEquals(2, page.getRows().get(0).getLines().get(0).getQuantity());
    }

    @Test
    void openCartHasItsLinesUnitPricesLineTotalsAndLastChange() {
        long customer = rows.customer(false);
        Date changed = daysAgo(2);
        long cart = rows.order(customer, "IN_PROCESS", null, null, money("14.50"), changed);
        rows.item(cart, "Green Tea", 3, money("3.50"), tea);
        rows.item(cart, "Mug", 1, money("4.00"), mug);
        long submitted = rows.order(customer, "SUBMITTED", "C-1", daysAgo(1), money("4.00"), daysAgo(1));
        rows.item(submitted, "Mug", 1, money("4.00"), mug);
        rows.flush();

        OpenCart open = service.findOpenCart(customer, 100);

        assertEquals(cart, (long) open.getOrderId());
        assertEquals(2, open.getLines().size());
        OrderLine teaLine = open.getLines().get(0);
        assertEquals("Green Tea", teaLine.getName());
        assertEquals(3, teaLine.getQuantity());
        assertEquals(0, money("3.50").compareTo(teaLine.getUnitPrice()));
        assertEquals(0, money("10.50").compareTo(teaLine.getLineTotal()));
        assertEquals(0, money("14.50").compareTo(open.getTotal()));
        assertTrue(Math.abs(open.getLastChange().getTime() - changed.getTime()) < 60000);
    }

    @Test
    void noCartMeansNoOpenCart() {
        long customer = rows.customer(false);
        long submitted = rows.order(customer, "SUBMITTED", "C-2", daysAgo(1), money("4.00"), daysAgo(1));
        rows.item(submitted, "Mug", 1, money("4.00"), mug);
        rows.flush();

        assertNull(service.findOpenCart(customer, 100));
    }

    @Test
    void wishlistItemsShowImageAndWhetherBoughtAfterwards() {
        long customer = rows.customer(false);
        long[] lamp = rows.product("Lamp", "/cmsstatic/img/lamp.png");
        long[] chair = rows.product("Chair", null);
        long wishlist = rows.order(customer, "NAMED", null, null, money("0"), daysAgo(30));
        rows.item(wishlist, "Green Tea", 1, money("4.00"), tea);
        rows.item(wishlist, "Mug", 1, money("4.50"), mug);
        rows.item(wishlist, "Lamp", 1, money("20"), lamp);
        rows.item(wishlist, "Chair", 1, money("50"), chair);
        long before = rows.order(customer, "SUBMITTED", "W-0", daysAgo(40), money("4.50"), daysAgo(40));
        rows.item(before, "Mug", 1, money("4.50"), mug);
        long after = rows.order(customer, "SUBMITTED", "W-1", daysAgo(10), money("4.00"), daysAgo(10));
        rows.item(after, "Green Tea", 1, money("4.00"), tea);
        long cancelled = rows.order(customer, "CANCELLED", "W-2", daysAgo(9), money("20"), daysAgo(9));
        rows.item(cancelled, "Lamp", 1, money("20"), lamp);
        long otherCustomer = rows.customer(false);
        long theirs = rows.order(otherCustomer, "SUBMITTED", "W-3", daysAgo(5), money("50"), daysAgo(5));
        rows.item(theirs, "Chair", 1, money("50"), chair);
        rows.flush();

        List<WishlistItem> items = service.findWishlistItems(customer, 100);

        assertEquals(4, items.size());
        assertTrue(item(items, "Green Tea").isBought(), "bought in a later order");
        assertFalse(item(items, "Mug").isBought(), "bought only before it was wished for");
        assertFalse(item(items, "Lamp").isBought(), "a cancelled order is no purchase");
        assertFalse(item(items, "Chair").isBought(), "another customer's purchase does not count");
        assertEquals("/cmsstatic/img/tea.png", item(items, "Green Tea").getImageUrl());
        assertNull(item(items, "Mug").getImageUrl());
        assertEquals(wishlist, (long) item(items, "Lamp").getWishlistId());
        assertEquals(tea[1], (long) item(items, "Green Tea").getProductId());
        assertTrue(Math.abs(item(items, "Mug").getDateAdded().getTime() - daysAgo(30).getTime()) < 60000);
    }

    @Test
    void anItemWishedForAfterItsPurchaseIsNotBoughtLaterThoughTheWishlistIsOlder() {
        long customer = rows.customer(false);
        long wishlist = rows.order(customer, "NAMED", null, null, money("0"), daysAgo(30));
        rows.item(wishlist, "Green Tea", 1, money("4.00"), tea, daysAgo(20));
        rows.item(wishlist, "Mug", 1, money("4.50"), mug, daysAgo(5));
        long order = rows.order(customer, "SUBMITTED", "D-1", daysAgo(10), money("8.50"), daysAgo(10));
        rows.item(order, "Green Tea", 1, money("4.00"), tea);
        rows.item(order, "Mug", 1, money("4.50"), mug);
        rows.flush();

        List<WishlistItem> items = service.findWishlistItems(customer, 100);

        assertEquals("Mug", items.get(0).getName(), "most recently added first");
        assertTrue(Math.abs(items.get(0).getDateAdded().getTime() - daysAgo(5).getTime()) < 60000,
                "the item's own time, not the wishlist's");
        assertFalse(item(items, "Mug").isBought(), "bought before it was added");
        assertTrue(item(items, "Green Tea").isBought(), "bought after it was added");
    }

    @Test
    void newOrderItemsCarryTheirCreationTime() {
        Object item = entityConfiguration.createEntityInstance(DiscreteOrderItem.class.getName());

        assertTrue(item instanceof DatedOrderItem,
                "OrderItemImpl was not transformed: is the JVM running with the spring-instrument agent?");
        Date added = ((DatedOrderItem) item).getCmDateAdded();
        assertTrue(Math.abs(added.getTime() - System.currentTimeMillis()) < 60000, "created now: " + added);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private long order(long customer, String number) {
        long order = rows.order(customer, "SUBMITTED", number, daysAgo(3), money("10"), daysAgo(3));
        rows.item(order, "Mug", 1, money("10"), mug);
        return order;
    }

    private PaymentStatus statusAfter(long customer, String number, String type, String amount, boolean success) {
        long order = order(customer, number);
        rows.transaction(rows.payment(order, money("10"), false), type, money(amount), success);
        rows.flush();
        return statusOf(customer, number);
    }

    private PaymentStatus statusOf(long customer, String number) {
        List<OrderHistoryRow> found = service.findOrders(customer, number, 0, 5).getRows();
        assertEquals(1, found.size(), "one order " + number);
        return found.get(0).getPaymentStatus();
    }

    private List<String> numbersFor(long customer, String filter) {
        return numbers(service.findOrders(customer, filter, 0, 25));
    }

    private static List<String> numbers(OrderHistoryPage page) {
        List<String> numbers = new ArrayList<String>();
        for (OrderHistoryRow row : page.getRows()) {
            numbers.add(row.getOrderNumber());
        }
        return numbers;
    }

    private static List<String> numbers(String... numbers) {
        List<String> list = new ArrayList<String>();
        for (String number : numbers) {
            list.add(number);
        }
        return list;
    }

    private static WishlistItem item(List<WishlistItem> items, String name) {
        for (WishlistItem item : items) {
            if (item.getName().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no wishlist item " + name);
    }
}
