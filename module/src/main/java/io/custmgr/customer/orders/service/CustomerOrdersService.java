package io.custmgr.customer.orders.service;

import java.util.List;

/**
 * A customer's orders, open cart and wishlists for the admin's customer form. Each method issues a fixed number of
 * SQL statements, whatever the number of orders or items: {@link #findOrders} three (count, page, the page's items;
 * two when nothing matches), the others one. Read-only; joins the caller's transaction or runs without one.
 */
public interface CustomerOrdersService {

    /**
     * One page of the customer's placed orders (all but carts and wishlists), newest submitted first.
     *
     * @param filter   text the merchant typed, matched against order number, item names, order status, payment
     *                 status, submit date (yyyy, yyyy-MM or yyyy-MM-dd) and total; null or blank: all orders
     * @param page     0-based; beyond the last page the last page is returned
     * @param pageSize at least 1
     */
    OrderHistoryPage findOrders(Long customerId, String filter, int page, int pageSize);

    /** The customer's open cart with at most {@code maxLines} lines, or null when there is none. */
    OpenCart findOpenCart(Long customerId, int maxLines);

    /** Items on the customer's wishlists, most recently added first, at most {@code maxItems}; never null. */
    List<WishlistItem> findWishlistItems(Long customerId, int maxItems);
}
