package io.custmgr.customer.orders.detail;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;

/**
 * The shopper's view of one placed order: for the signed-in owner by order number, and for whoever holds the order
 * link mailed with the confirmation (a guest has no account to sign in to). Carts, wishlists and other customers'
 * orders are never found: a caller answers "not found", never "forbidden", so order numbers cannot be probed.
 * Each read issues at most six SQL statements, whatever the order's size.
 */
public interface OrderDetailService {

    /** Mailed-link purpose of order links. */
    String LINK_PURPOSE = "order-view";

    /**
     * @param customerId the signed-in customer; null finds nothing
     * @return the order, or null when it is not this customer's placed order
     */
    OrderDetail findPlacedOrder(Long customerId, String orderNumber);

    /**
     * Whether the order is this customer's placed order, in one statement: the guard of order pages the module does
     * not render (Broadleaf's own order history controller shows any order by number).
     */
    boolean ownsPlacedOrder(Long customerId, String orderNumber);

    /**
     * The order a mailed order link shows.
     *
     * @return the order, or null when the link is good but the order is gone or no longer placed
     * @throws MailedLinkRefusedException the link is unknown or expired
     */
    OrderDetail findByLink(String token);

    /**
     * A link to the order for its confirmation mail, valid for {@code custmgr.orders.linkValidDays} days; stored in
     * the caller's transaction (or one of its own). The link opens the order for anyone holding it: mail it, never
     * log it or show it to anyone but the customer.
     *
     * @param url the storefront URL that shows an order link, e.g. https://shop.example.com/orders/view
     */
    String issueLink(long customerId, String orderNumber, String url);
}
