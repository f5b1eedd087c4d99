package io.custmgr.assist.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Adds the {@link AssistanceGuardListener} before every customer update. */
public class AssistanceGuardIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.PRE_UPDATE, new AssistanceGuardListener());
    }
}
