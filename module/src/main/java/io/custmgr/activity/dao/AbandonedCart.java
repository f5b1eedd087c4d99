package io.custmgr.activity.dao;

import java.util.Date;

/** An open cart found abandoned: its order id, owner, last change and item count. */
public class AbandonedCart {

    private final long orderId;
    private final long customerId;
    private final Date lastChanged;
    private final int itemCount;

    public AbandonedCart(long orderId, long customerId, Date lastChanged, int itemCount) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.lastChanged = lastChanged;
        this.itemCount = itemCount;
    }

    public long getOrderId() { return orderId; }
    public long getCustomerId() { return customerId; }
    public Date getLastChanged() { return lastChanged; }
    public int getItemCount() { return itemCount; }
}
