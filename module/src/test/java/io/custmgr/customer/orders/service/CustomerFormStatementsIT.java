package io.custmgr.customer.orders.service;

import io.custmgr.activity.service.ActivityLogService;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.history.service.NavigationHistoryService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.StatementCounter;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.service.OrderRows.daysAgo;
import static io.custmgr.customer.orders.service.OrderRows.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer form's extras — Orders (first page, and filtered), Current cart, Wishlist, Recent page views, Activity
 * log and Audit — issue the same number of SQL statements for a customer with one order and one audit record as for
 * one with a thousand of each (counted on the test's own thread by {@link StatementCounter}: the module's background
 * writers, which Hibernate's global statistics would also count, do not disturb the figure).
 */
@BroadleafIntegrationTest
@Transactional
class CustomerFormStatementsIT {

    static final int PAGE_SIZE = 25;
    /** Orders: count, page, page's items; cart, wishlist, recent page views, activity log, audit: one each. */
    static final int EXPECTED_STATEMENTS = 8;

    @Resource(name = "cmCustomerOrdersService")
    CustomerOrdersService ordersService;

    @Resource(name = "cmNavigationHistoryService")
    NavigationHistoryService historyService;

    @Resource(name = "cmActivityLogService")
    ActivityLogService activityLogService;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

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
        mug = rows.product("Mug", "/cmsstatic/img/mug.png");
    }

    @Test
    void formExtrasIssueTheSameStatementsForOneOrderAsForAThousand() {
        long one = customerWithOrders(1);
        long thousand = customerWithOrders(1000);
        assertEquals(1000, rows.count("BLC_ORDER WHERE CUSTOMER_ID = ? AND ORDER_STATUS = 'SUBMITTED'", thousand));
        assertEquals(2000, rows.count("BLC_ORDER_ITEM i JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
                + " WHERE o.CUSTOMER_ID = ? AND o.ORDER_STATUS = 'SUBMITTED'", thousand));

        long forOne = statementsToLoadForm(one, null, 1);
        long forThousand = statementsToLoadForm(thousand, null, PAGE_SIZE);
        long filteredThousand = statementsToLoadForm(thousand, "green", PAGE_SIZE);

        assertEquals(EXPECTED_STATEMENTS, forOne, "statements for a customer with 1 order");
        assertEquals(forOne, forThousand, "statements for a customer with 1,000 orders");
        assertEquals(forOne, filteredThousand, "statements with a filter over 1,000 orders");
    }

    /** What the form's extras read; @return the statements this thread issued meanwhile */
    private long statementsToLoadForm(long customer, String filter, int expectedRows) {
        em.flush();
        em.clear();
        long before = StatementCounter.current();
        OrderHistoryPage orders = ordersService.findOrders(customer, filter, 0, PAGE_SIZE);
        OpenCart cart = ordersService.findOpenCart(customer, 100);
        int wished = ordersService.findWishlistItems(customer, 100).size();
        historyService.findLatestViews(customer, 10);
        activityLogService.findEvents(customer, 0, 100);
        int audited = auditService.findRecords(customer, 0, 200).size();
        long statements = StatementCounter.current() - before;

        assertEquals(expectedRows, orders.getRows().size());
        assertEquals(2, orders.getRows().get(0).getLines().size(), "each order shows its items");
        assertNotNull(cart);
        assertEquals(2, cart.getLines().size());
        assertEquals(2, wished);
        assertEquals(expectedRows == 1 ? 1 : 200, audited, "the audit tab shows its latest 200 rows at most");
        assertTrue(orders.getRows().get(0).getPaymentStatus() != null);
        return statements;
    }

    /** Orders with two items and a captured payment each, an open cart and a wishlist of two. */
    private long customerWithOrders(int count) {
        long customer = rows.customer(false);
        long start = System.currentTimeMillis() - 2000L * OrderRows.DAY;
        for (int i = 0; i < count; i++) {
            Date submitted = new Date(start + i * OrderRows.DAY);
            long order = rows.order(customer, "SUBMITTED", "B-" + customer + "-" + i, submitted, money("12.50"),
                    submitted);
            rows.item(order, "Green Tea", 2, money("4.00"), tea);
            rows.item(order, "Mug", 1, money("4.50"), mug);
            BigDecimal total = money("12.50");
            rows.transaction(rows.payment(order, total, false), "AUTHORIZE_AND_CAPTURE", total, true);
            rows.auditRecord(customer, submitted);
        }
        long cart = rows.order(customer, "IN_PROCESS", null, null, money("8.50"), daysAgo(0));
        rows.item(cart, "Green Tea", 1, money("4.00"), tea);
        rows.item(cart, "Mug", 1, money("4.50"), mug);
        long wishlist = rows.order(customer, "NAMED", null, null, money("0"), daysAgo(1));
        rows.item(wishlist, "Green Tea", 1, money("4.00"), tea);
        rows.item(wishlist, "Mug", 1, money("4.50"), mug);
        rows.flush();
        return customer;
    }
}
