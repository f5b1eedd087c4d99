package io.custmgr.customer.orders.type;

/** What a Broadleaf order is to the shopper and the merchant; {@link OrderKinds} says which status is which kind. */
public enum OrderKind {

    /** Not placed yet: what the shopper (or a CSR for the shopper) is building. */
    CART,

    /** A named list of items the shopper keeps for later. */
    WISHLIST,

    /** Submitted to the store (and whatever became of it since: cancelled, a host's own statuses). */
    PLACED
}
