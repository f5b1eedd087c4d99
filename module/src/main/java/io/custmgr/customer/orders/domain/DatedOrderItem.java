package io.custmgr.customer.orders.domain;

import java.util.Date;

/**
 * Implemented by the host's {@code OrderItemImpl} once the module's class transformer has run: when the item was
 * created, i.e. put into its cart or wishlist (Broadleaf 3.1 keeps no time per item).
 */
public interface DatedOrderItem {

    /** Null for items created before the module was installed. */
    Date getCmDateAdded();

    void setCmDateAdded(Date dateAdded);
}
