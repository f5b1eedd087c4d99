package io.custmgr.customer.orders;

import io.custmgr.accountaudit.service.AccountAuditService;
import io.custmgr.accountaudit.service.AccountCleanupReports;
import io.custmgr.accountaudit.service.CleanupPreview;
import io.custmgr.accountaudit.testsupport.AccountRows;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.ActivityCriterion;
import io.custmgr.activity.dao.AbandonedCart;
import io.custmgr.activity.dao.ActivityEventDao;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.customer.orders.service.CustomerOrdersService;
import io.custmgr.customer.orders.service.OrderHistoryPage;
import io.custmgr.customer.orders.service.OpenCart;
import io.custmgr.customer.orders.type.OrderKind;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeLine;
import io.custmgr.merge.service.MergePlan;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.merge.service.MergeStepReport;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;

import static io.custmgr.accountaudit.testsupport.AccountRows.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One order of each status, with one item, and every feature that tells orders, carts and wishlists apart: each must
 * see it as {@link OrderKinds} says. Committed data (the audit, cleanup and merge run their own transactions).
 */
@BroadleafIntegrationTest
class OrderKindsIT {

    @Resource(name = "cmCustomerOrdersService")
    CustomerOrdersService ordersService;

    @Resource(name = "cmActivityEventDao")
    ActivityEventDao activityDao;

    @Resource(name = "cmAccountAuditService")
    AccountAuditService auditService;

    @Resource(name = "cmAccountCleanupReports")
    AccountCleanupReports cleanupReports;

    @Resource(name = "cmCustomerDeletionService")
    CustomerDeletionService deletionService;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    AccountRows rows;
    Customer owner;
    long orderId;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        rows = new AccountRows(transactionManager.getDataSource());
        owner = customers.registered("kinds-" + UUID.randomUUID() + "@example.com");
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll(); // the orders and items with their customers, wherever the merge left them
    }

    /** One order in this status, two days unchanged, with one item; a submit date and name as Broadleaf gives. */
    private void order(String status) throws Exception {
        orderId = rows.row("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", owner.getId(), "ORDER_STATUS", status,
                "NAME", "NAMED".equals(status) ? "wishlist" : null, "ORDER_NUMBER", "K" + System.nanoTime(),
                "SUBMIT_DATE", OrderKinds.kindOf(status) == OrderKind.PLACED ? daysAgo(2) : null,
                "DATE_CREATED", daysAgo(2), "DATE_UPDATED", daysAgo(2));
        rows.orderItem(orderId);
    }

    @ParameterizedTest(name = "status {0}")
    @NullSource
    @ValueSource(strings = {"IN_PROCESS", "CSR_OWNED", "NAMED", "SUBMITTED", "CANCELLED", "QUOTE", "SHIPPED_BY_HOST"})
    void everyFeatureSeesTheOrderAsItsKind(String status) throws Exception {
        OrderKind kind = OrderKinds.kindOf(status);
        auditService.runAudit("test"); // before the order: an unused account, as the cleanup would find it
        order(status);

        OrderHistoryPage placed = ordersService.findOrders(owner.getId(), null, 0, 25);
        assertEquals(kind == OrderKind.PLACED ? 1 : 0, placed.getTotalMatching(), "Orders tab count");
        assertEquals(kind == OrderKind.PLACED ? 1 : 0, placed.getRows().size(), "Orders tab list");
        OpenCart cart = ordersService.findOpenCart(owner.getId(), 10);
        assertEquals(kind == OrderKind.CART ? (Long) orderId : null, cart == null ? null : cart.getOrderId(),
                "Current cart tab");
        assertEquals(kind == OrderKind.WISHLIST ? 1 : 0, ordersService.findWishlistItems(owner.getId(), 10).size(),
                "Wishlist tab");
        assertEquals(kind == OrderKind.CART, abandoned(), "abandoned-cart scan");

        CleanupPreview cleanup = cleanupReports.preview(AccountClass.UNUSED, Collections.singletonList(owner.getId()));
        assertEquals(1, cleanup.getSelected(), "unused in the audit before the order");
        assertEquals(keptBy(kind == OrderKind.PLACED ? KeepRule.ORDERS
                : kind == OrderKind.CART ? KeepRule.OPEN_CART : null), cleanup.getKept(), "cleanup keep rules");
        assertEquals(kind == OrderKind.PLACED ? KeepRule.ORDERS : null,
                deletionService.findRefusals(Collections.singletonList(owner.getId())).get(owner.getId()),
                "customer delete");

        auditService.runAudit("test");
        assertEquals(EnumSet.of(kind == OrderKind.PLACED ? ActivityCriterion.ORDER
                : kind == OrderKind.CART ? ActivityCriterion.CART : ActivityCriterion.WISHLIST), criteria(),
                "account audit criteria");

        long survivor = customers.registered("kinds-survivor-" + UUID.randomUUID() + "@example.com").getId();
        MergePlan plan = mergeService.preview(survivor, owner.getId());
        assertEquals(kind == OrderKind.PLACED ? 1 : 0, moved(plan.getSteps(), "orders", "Orders"), "orders step");
        assertEquals(kind == OrderKind.CART ? 1 : 0, moved(plan.getSteps(), "cart", "Open carts"), "cart step");
        assertEquals(kind == OrderKind.WISHLIST ? 1 : 0, moved(plan.getSteps(), "wishlists", "Wishlists"),
                "wishlist step");
        mergeService.merge(new MergeRequest(survivor, owner.getId(), MergeChoices.SURVIVOR_WINS,
                owner.getEmailAddress()));
        assertEquals(survivor, (long) customers.ownerOf(orderId), "moved to the survivor");
        assertEquals(status, rows.jdbc().queryForObject("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?",
                String.class, orderId), "status kept (the survivor had no cart)");
    }

    private boolean abandoned() {
        for (AbandonedCart cart : activityDao.readNewlyAbandonedCarts(new Date(System.currentTimeMillis() - 3600000L),
                orderId - 1, 10)) {
            if (cart.getOrderId() == orderId) {
                return true;
            }
        }
        return false;
    }

    private static Map<KeepRule, Integer> keptBy(KeepRule rule) {
        Map<KeepRule, Integer> kept = new EnumMap<KeepRule, Integer>(KeepRule.class);
        if (rule != null) {
            kept.put(rule, 1);
        }
        return kept;
    }

    private EnumSet<ActivityCriterion> criteria() {
        Map<String, Object> result = rows.jdbc().queryForMap(
                "SELECT * FROM CM_ACCOUNT_AUDIT_RESULT WHERE CUSTOMER_ID = ?", owner.getId());
        EnumSet<ActivityCriterion> met = EnumSet.noneOf(ActivityCriterion.class);
        for (ActivityCriterion criterion : ActivityCriterion.values()) {
            for (Map.Entry<String, Object> column : result.entrySet()) {
                if (column.getKey().equalsIgnoreCase(criterion.getColumn())
                        && ((Number) column.getValue()).intValue() == 1) {
                    met.add(criterion);
                }
            }
        }
        return met;
    }

    private static long moved(List<MergeStepReport> steps, String key, String label) {
        for (MergeStepReport step : steps) {
            for (MergeLine line : step.getKey().equals(key) ? step.getLines() : Collections.<MergeLine>emptyList()) {
                if (line.getLabel().equals(label)) {
                    return line.getCount();
                }
            }
        }
        throw new AssertionError("no line " + label + " in step " + key);
    }
}
