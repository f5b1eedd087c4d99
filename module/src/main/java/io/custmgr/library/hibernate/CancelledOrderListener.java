package io.custmgr.library.hibernate;

import io.custmgr.library.service.LibraryService;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.hibernate.OrderStatusChange;

import org.broadleafcommerce.core.order.domain.Order;
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
        if (event.getEntity() instanceof Order && OrderStatusChange.becameCancelled(event)) {
            revoke((Long) event.getId());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Order) {
            revoke((Long) event.getId());
        }
    }

    private static void revoke(Long orderId) {
        LibraryService library = ListenerBridge.lookup(LibraryService.class);
        if (library != null && orderId != null) {
            library.revokeOrder(orderId);
        }
    }
}
