package io.custmgr.merge.step;

import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.merge.service.MergeOutcome;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Open carts (what {@link OrderKinds} calls a cart, a CSR's included). When the survivor has none, the absorbed
 * customer's carts become the survivor's, their status kept. When both have one, the absorbed carts are kept as saved
 * lists of the survivor (named orders, shown with the wishlists) rather than mixed into a priced cart behind
 * Broadleaf's pricing: nothing is lost, and the shopper can move their items to the cart.
 */
@Component("cmCartMergeStep")
public class CartMergeStep extends SqlMergeStep {

    public static final String ARCHIVED_CART_NAME = "Saved cart (merged account)";

    private static final String SURVIVOR_HAS_CART = "EXISTS (SELECT 1 FROM BLC_ORDER s WHERE s.CUSTOMER_ID = :survivor "
            + "AND " + OrderKinds.cartCondition("s") + ")";
    private static final String ABSORBED_CART = "CUSTOMER_ID = :absorbed AND " + OrderKinds.cartCondition("") + " AND ";
    private static final String ABSORBED_CARTS = "FROM BLC_ORDER WHERE " + ABSORBED_CART;
    private static final String ITEMS_OF_ABSORBED_CARTS = "SELECT COUNT(*) FROM BLC_ORDER_ITEM WHERE ORDER_ID IN "
            + "(SELECT ORDER_ID " + ABSORBED_CARTS;

    private static final List<Move> MOVES = Collections.unmodifiableList(Arrays.asList(
            Move.counted("Open cart items kept as a saved list", MergeOutcome.ARCHIVED,
                    ITEMS_OF_ABSORBED_CARTS + SURVIVOR_HAS_CART + ")"),
            Move.of("Open carts kept as a saved list", MergeOutcome.ARCHIVED,
                    "SELECT COUNT(*) " + ABSORBED_CARTS + SURVIVOR_HAS_CART,
                    "UPDATE BLC_ORDER SET CUSTOMER_ID = :survivor, ORDER_STATUS = '" + OrderStatus.NAMED.getType()
                            + "', NAME = '" + ARCHIVED_CART_NAME + "' WHERE " + ABSORBED_CART + SURVIVOR_HAS_CART),
            Move.counted("Open cart items", MergeOutcome.MOVED, ITEMS_OF_ABSORBED_CARTS + "NOT " + SURVIVOR_HAS_CART + ")"),
            Move.of("Open carts", MergeOutcome.MOVED, "SELECT COUNT(*) " + ABSORBED_CARTS + "NOT " + SURVIVOR_HAS_CART,
                    "UPDATE BLC_ORDER SET CUSTOMER_ID = :survivor WHERE " + ABSORBED_CART + "NOT "
                            + SURVIVOR_HAS_CART)));

    @Override public String getKey() { return "cart"; }
    @Override public int getOrder() { return 300; }
    @Override protected String getTitle() { return "Open cart"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
