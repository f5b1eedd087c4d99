package io.custmgr.merge.step;

import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/**
 * Wishlists ({@link OrderKinds}: Broadleaf's named orders). A list whose name the survivor does not have changes
 * owner whole. Into a list the survivor has under the same name go the absorbed list's items whose SKU is not on it
 * yet; the emptied absorbed list, holding only the duplicates, is then deleted through Broadleaf's order service (its
 * cascades know every table an order item reaches). Statements do not grow with the number of items.
 */
@Component("cmWishlistMergeStep")
public class WishlistMergeStep extends SqlMergeStep {

    private static final String SAME_NAMED_SURVIVOR_LIST = "SELECT 1 FROM BLC_ORDER t WHERE t.CUSTOMER_ID = :survivor "
            + "AND " + OrderKinds.wishlistCondition("t") + " AND t.NAME = o.NAME";
    private static final String ON_SURVIVOR_LIST = "EXISTS (SELECT 1 FROM BLC_ORDER t "
            + "JOIN BLC_ORDER_ITEM ti ON ti.ORDER_ID = t.ORDER_ID "
            + "JOIN BLC_DISCRETE_ORDER_ITEM td ON td.ORDER_ITEM_ID = ti.ORDER_ITEM_ID "
            + "JOIN BLC_DISCRETE_ORDER_ITEM d ON d.SKU_ID = td.SKU_ID "
            + "WHERE d.ORDER_ITEM_ID = i.ORDER_ITEM_ID AND t.CUSTOMER_ID = :survivor AND "
            + OrderKinds.wishlistCondition("t") + " "
            + "AND t.NAME = o.NAME)";
    /** Items of absorbed lists that share their name with a survivor list. */
    private static final String ITEMS_OF_SHARED_LISTS = "FROM BLC_ORDER_ITEM i JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID "
            + "WHERE o.CUSTOMER_ID = :absorbed AND " + OrderKinds.wishlistCondition("o") + " AND EXISTS ("
            + SAME_NAMED_SURVIVOR_LIST + ") ";
    private static final String ABSORBED_LISTS = "FROM BLC_ORDER o WHERE o.CUSTOMER_ID = :absorbed "
            + "AND " + OrderKinds.wishlistCondition("o") + " AND ";

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            Move.of("Wishlists", MergeOutcome.MOVED, "SELECT COUNT(*) " + ABSORBED_LISTS + "NOT EXISTS ("
                    + SAME_NAMED_SURVIVOR_LIST + ")",
                    "UPDATE BLC_ORDER SET CUSTOMER_ID = :survivor WHERE ORDER_ID IN (SELECT o.ORDER_ID "
                            + ABSORBED_LISTS + "NOT EXISTS (" + SAME_NAMED_SURVIVOR_LIST + "))"),
            Move.of("Wishlist items added to the survivor's list of the same name", MergeOutcome.MERGED,
                    "SELECT COUNT(*) " + ITEMS_OF_SHARED_LISTS + "AND NOT " + ON_SURVIVOR_LIST,
                    "UPDATE BLC_ORDER_ITEM SET ORDER_ID = (SELECT MIN(t.ORDER_ID) FROM BLC_ORDER t, BLC_ORDER o "
                            + "WHERE o.ORDER_ID = BLC_ORDER_ITEM.ORDER_ID AND t.CUSTOMER_ID = :survivor "
                            + "AND " + OrderKinds.wishlistCondition("t") + " AND t.NAME = o.NAME) "
                            + "WHERE ORDER_ITEM_ID IN (SELECT i.ORDER_ITEM_ID " + ITEMS_OF_SHARED_LISTS
                            + "AND NOT " + ON_SURVIVOR_LIST + ")"),
            Move.counted("Wishlist items already on the survivor's list", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) " + ITEMS_OF_SHARED_LISTS + "AND " + ON_SURVIVOR_LIST)));

    private static final String EMPTIED_LISTS = "SELECT o.ORDER_ID " + ABSORBED_LISTS + "EXISTS ("
            + SAME_NAMED_SURVIVOR_LIST + ")";

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Override public String getKey() { return "wishlists"; }
    @Override public int getOrder() { return 400; }
    @Override protected String getTitle() { return "Wishlists"; }
    @Override protected List<Move> getMoves() { return MOVES; }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        MergeStepReport report = super.merge(parties, choices);
        List<Long> emptied = jdbc.queryForList(EMPTIED_LISTS, params(parties), Long.class);
        if (!emptied.isEmpty()) {
            forgetSession(); // items moved by SQL above
            for (Long orderId : emptied) { // one per list name the two shared: a handful, not one per item
                Order list = orderService.findOrderById(orderId);
                if (list != null) {
                    orderService.deleteOrder(list);
                }
            }
            em.flush();
        }
        return report;
    }
}
