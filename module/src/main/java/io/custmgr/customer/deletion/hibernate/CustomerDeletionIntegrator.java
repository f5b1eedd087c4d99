package io.custmgr.customer.deletion.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Puts the {@link CustomerDeleteListener} ahead of Hibernate's own delete listener. */
public class CustomerDeletionIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        registry.prependListeners(EventType.DELETE, new CustomerDeleteListener());
    }
}
