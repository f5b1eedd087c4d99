package io.custmgr.library.service;

import io.custmgr.library.type.Acquisition;

import java.util.List;

/**
 * Customers' digital libraries (bean {@code cmLibraryService}). Every method runs in a transaction of
 * {@code blTransactionManager}, joining the caller's. Purchases are granted by the checkout workflow
 * ({@code cmLibraryGrantActivity}) and revoked when their order is cancelled, deleted or refunded in full, whoever
 * does it (Hibernate listeners); the rest is the merchant's.
 */
public interface LibraryService {

    /** Revoke reason of an entry whose order was cancelled or deleted. */
    String ORDER_CANCELLED = "Order cancelled";
    /** Revoke reason of an entry whose order was refunded in full. */
    String ORDER_REFUNDED = "Order refunded";
    /** Revoke reason of a purchase a rebuild found no order for. */
    String NOT_IN_ORDERS = "No paid order contains it";

    /**
     * Puts the digital items of a placed order into its customer's library (set-based); repeated calls change
     * nothing.
     *
     * @return entries added or restored
     */
    int grantOrder(long orderId);

    /**
     * The order was cancelled or deleted: its purchases move to another paid order of the same item, or are revoked.
     *
     * @return entries revoked
     */
    int revokeOrder(long orderId);

    /**
     * A refund was recorded against the order: when its successful refunds now add up to what was captured, its
     * purchases move to another paid order of the same item, or are revoked ({@link #ORDER_REFUNDED}). A partial
     * refund changes nothing.
     *
     * @return entries revoked
     */
    int revokeRefundedOrder(long orderId);

    /** Makes one customer's purchases what the order history justifies; other acquisitions are left alone. */
    RebuildResult rebuild(long customerId);

    /**
     * The same for every customer with an id in [firstId, lastId], in set-based statements (the bulk job's batch).
     *
     * @return {added or restored, revoked}
     */
    int[] rebuildRange(long firstId, long lastId);

    /** @return the customer's library by item name, all-access items included; one statement */
    List<LibraryItem> findLibrary(long customerId);

    /**
     * Grants an item by hand: {@link Acquisition#MANUAL}, or {@link Acquisition#GIFT} with the giver's name.
     *
     * @return false when the customer already has an entry for the product or the product does not exist
     * @throws IllegalArgumentException for another acquisition
     */
    boolean grant(long customerId, long productId, Acquisition acquisition, String giver, String note);

    /** @return false when there is no such entry */
    boolean editNote(long customerId, long productId, String note);

    /** @return false when there is no such active entry */
    boolean revoke(long customerId, long productId, String reason);

    /** @return false when there is no such revoked entry */
    boolean restore(long customerId, long productId);
}
