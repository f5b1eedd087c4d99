package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.service.OpenCart;
import io.custmgr.customer.orders.service.OrderHistoryRow;
import io.custmgr.customer.orders.service.OrderLine;
import io.custmgr.customer.orders.service.WishlistItem;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a customer's orders, cart and wishlists straight from Broadleaf's tables, each method one SQL statement
 * however many orders or items there are. Runs in the caller's transaction (or none) on blPU.
 */
public interface CustomerOrdersDao {

    /** Placed orders (see {@link io.custmgr.customer.orders.type.OrderKinds}), newest submitted first, without their lines. */
    List<OrderHistoryRow> readOrders(Long customerId, OrderSearch search, int firstResult, int maxResults);

    long countOrders(Long customerId, OrderSearch search);

    /** Top-level items of these orders by order id, in the order they were added; empty for no ids. */
    Map<Long, List<OrderLine>> readLines(Collection<Long> orderIds);

    /** The most recently changed cart with at most {@code maxLines} lines, or null without one. */
    OpenCart readOpenCart(Long customerId, int maxLines);

    /** Items of the customer's wishlists, most recently added first, at most {@code maxResults}. */
    List<WishlistItem> readWishlistItems(Long customerId, int maxResults);
}
