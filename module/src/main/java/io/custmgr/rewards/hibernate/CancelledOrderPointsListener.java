package io.custmgr.rewards.hibernate;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.hibernate.OrderStatusChange;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.core.order.domain.Order;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

/**
 * Takes back the points an order earned and gives back the points spent on it when the order is cancelled (its status
 * becomes CANCELLED) or deleted (Broadleaf's {@code OrderService.cancelOrder} deletes), whoever does it, in the same
 * transaction. Does nothing while no {@link RewardPointsService} is registered.
 */
public class CancelledOrderPointsListener implements PostUpdateEventListener, PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Order && OrderStatusChange.becameCancelled(event)) {
            cancelled((Long) event.getId());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Order) {
            cancelled((Long) event.getId());
        }
    }

    private static void cancelled(Long orderId) {
        RewardPointsService points = ListenerBridge.lookup(RewardPointsService.class);
        if (points != null && orderId != null) {
            points.orderCancelled(orderId);
        }
    }
}
