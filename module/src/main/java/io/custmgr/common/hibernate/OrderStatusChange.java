package io.custmgr.common.hibernate;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.hibernate.event.spi.PostUpdateEvent;

/** What an order update event says about the order's status; for the listeners that react to cancellations. */
public final class OrderStatusChange {

    private OrderStatusChange() {
    }

    /** @return true when the event's order is CANCELLED now and was not before the update */
    public static boolean becameCancelled(PostUpdateEvent event) {
        return event.getEntity() instanceof Order
                && OrderStatus.CANCELLED.equals(((Order) event.getEntity()).getStatus()) && !wasCancelled(event);
    }

    private static boolean wasCancelled(PostUpdateEvent event) {
        if (event.getOldState() == null) {
            return false;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if ("status".equals(names[i])) {
                Object before = event.getOldState()[i];
                return before != null && OrderStatus.CANCELLED.getType().equals(String.valueOf(before));
            }
        }
        return false;
    }
}
