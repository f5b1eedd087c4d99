package io.custmgr.rewards.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Adds the {@link PaidOrderPointsListener} for inserted payment transactions and the
 * {@link CancelledOrderPointsListener} for updated and deleted orders (in-transaction events).
 */
public class RewardPointsHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.POST_INSERT, new PaidOrderPointsListener());
        CancelledOrderPointsListener cancelled = new CancelledOrderPointsListener();
        registry.appendListeners(EventType.POST_UPDATE, cancelled);
        registry.appendListeners(EventType.POST_DELETE, cancelled);
    }
}
