package io.custmgr.customer.orders.type;

import org.broadleafcommerce.core.order.service.type.OrderStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The module's one definition of cart, wishlist and placed order by {@code BLC_ORDER.ORDER_STATUS}. Every feature
 * that tells them apart (Orders tab, merge, account audit and cleanup, customer delete, abandoned carts, guest
 * expiry) asks here, in Java ({@link #kindOf}) or in SQL ({@link #condition} and the lists), so they cannot disagree.
 * <ul>
 * <li><b>Cart</b>: {@code IN_PROCESS} (Broadleaf's cart) and {@code CSR_OWNED} (a cart a customer service rep has
 * taken over to build the order for the customer: still not placed, and it may hold the customer's items).</li>
 * <li><b>Wishlist</b>: {@code NAMED} (Broadleaf's named orders).</li>
 * <li><b>Placed</b>: every other status, including {@code SUBMITTED}, {@code CANCELLED}, {@code QUOTE}, statuses a
 * host adds, and no status at all. Broadleaf never leaves a status empty itself ({@code OrderImpl} has no default,
 * but its cart and named-order lookups always set one), so a NULL comes from an import or a host's own code; neither
 * Broadleaf's cart nor its wishlist lookups ever find such an order, and treating it as placed keeps it: it is shown,
 * moved on a merge, and protects its customer from deletion, where any other reading would hide or delete it.</li>
 * </ul>
 * SQL fragments write the codes as literals (constants, never outside text); a NULL status needs its own
 * {@code IS NULL} test because {@code NOT IN} is unknown for NULL.
 */
public final class OrderKinds {

    private static final List<String> CART_STATUSES = Collections.unmodifiableList(Arrays.asList(
            OrderStatus.IN_PROCESS.getType(), OrderStatus.CSR_OWNED.getType()));

    private static final List<String> WISHLIST_STATUSES = Collections.singletonList(OrderStatus.NAMED.getType());

    private static final List<String> UNPLACED_STATUSES;

    static {
        List<String> unplaced = new ArrayList<String>(CART_STATUSES);
        unplaced.addAll(WISHLIST_STATUSES);
        UNPLACED_STATUSES = Collections.unmodifiableList(unplaced);
    }

    private OrderKinds() {
    }

    /** @param status an {@code ORDER_STATUS} code, or null; @return its kind, never null */
    public static OrderKind kindOf(String status) {
        if (CART_STATUSES.contains(status)) {
            return OrderKind.CART;
        }
        return WISHLIST_STATUSES.contains(status) ? OrderKind.WISHLIST : OrderKind.PLACED;
    }

    /** @return the statuses of carts */
    public static List<String> cartStatuses() {
        return CART_STATUSES;
    }

    /** @return the statuses of wishlists */
    public static List<String> wishlistStatuses() {
        return WISHLIST_STATUSES;
    }

    /** @return the statuses of carts and wishlists: an order is placed when its status is not one of these */
    public static List<String> unplacedStatuses() {
        return UNPLACED_STATUSES;
    }

    /**
     * An SQL condition that holds for the orders of this kind.
     *
     * @param alias the {@code BLC_ORDER} alias, or "" for the bare column
     */
    public static String condition(OrderKind kind, String alias) {
        String column = alias.isEmpty() ? "ORDER_STATUS" : alias + ".ORDER_STATUS";
        switch (kind) {
        case CART:
            return column + " IN (" + literals(CART_STATUSES) + ")";
        case WISHLIST:
            return column + " IN (" + literals(WISHLIST_STATUSES) + ")";
        default:
            return "(" + column + " IS NULL OR " + column + " NOT IN (" + literals(UNPLACED_STATUSES) + "))";
        }
    }

    /** @see #condition */
    public static String placedCondition(String alias) {
        return condition(OrderKind.PLACED, alias);
    }

    /** @see #condition */
    public static String cartCondition(String alias) {
        return condition(OrderKind.CART, alias);
    }

    /** @see #condition */
    public static String wishlistCondition(String alias) {
        return condition(OrderKind.WISHLIST, alias);
    }

    /**
     * An SQL condition that holds for a submitted order still open: one of its fulfillment groups has no status or a
     * status not in the named parameter {@code :complete} (the statuses that complete an order,
     * {@code custmgr.guest.expiry.completeFulfillmentStatuses}). Guest expiry and the erasure's refusal ask this.
     *
     * @param alias the {@code BLC_ORDER} alias
     */
    public static String unfinishedCondition(String alias) {
        return "(" + alias + ".ORDER_STATUS = '" + OrderStatus.SUBMITTED.getType() + "' AND EXISTS (SELECT 1 FROM"
                + " BLC_FULFILLMENT_GROUP ufg WHERE ufg.ORDER_ID = " + alias + ".ORDER_ID"
                + " AND (ufg.STATUS IS NULL OR ufg.STATUS NOT IN (:complete))))";
    }

    private static String literals(List<String> codes) {
        StringBuilder literals = new StringBuilder();
        for (String code : codes) {
            literals.append(literals.length() == 0 ? "'" : ", '").append(code).append('\'');
        }
        return literals.toString();
    }
}
