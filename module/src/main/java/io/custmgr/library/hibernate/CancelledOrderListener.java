package io.custmgr.library.hibernate;

import io.custmgr.library.service.LibraryService;
import io.custmgr.common.hibernate.ListenerBridge;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

/**
 * Revokes the library entries an order granted when the order is cancelled (its status becomes CANCELLED) or deleted
 * (Broadleaf's {@code OrderService.cancelOrder} deletes), whoever does it: runs in the same transaction as the change,
 * so the revocation commits or rolls back with it. Does nothing while no {@link LibraryService} is registered.
 */
public class CancelledOrderListener implements PostUpdateEventListener, PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Order)) {
            return;
        }
        Order order = (Order) event.getEntity();
        if (OrderStatus.CANCELLED.equals(order.getStatus()) && !wasCancelled(event)) {
            revoke((Long) event.getId());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Order) {
            revoke((Long) event.getId());
        }
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

    private static void revoke(Long orderId) {
        LibraryService library = ListenerBridge.lookup(LibraryService.class);
        if (library != null && orderId != null) {
            library.revokeOrder(orderId);
        }
    }
}
