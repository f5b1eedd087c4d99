package io.custmgr.library.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Adds the {@link CancelledOrderListener} for in-transaction updates and deletes of orders, and the
 * {@link RefundedOrderListener} for inserted payment transactions.
 */
public class LibraryHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        CancelledOrderListener listener = new CancelledOrderListener();
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_INSERT, new RefundedOrderListener());
    }
}
