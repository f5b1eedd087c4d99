package io.custmgr.stock.type;

/** Where a back-in-stock subscription stands; stored by name in {@code CM_STOCK_SUBSCRIPTION.STATE}. */
public enum StockSubscriptionState {

    /** Waiting for the SKU to come back. */
    OPEN,
    /** Mailed once when the SKU came back: closed. */
    NOTIFIED,
    /** Unsubscribed through the mailed link, or closed by a merge: closed. */
    CANCELLED
}
