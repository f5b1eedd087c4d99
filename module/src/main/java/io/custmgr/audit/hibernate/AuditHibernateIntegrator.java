package io.custmgr.audit.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Adds the {@link CustomerAuditListener} and the {@link AdminSectionAuditListener} for the in-transaction events (their
 * records commit with the change).
 */
public class AuditHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        CustomerAuditListener listener = new CustomerAuditListener();
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
        AdminSectionAuditListener sections = new AdminSectionAuditListener();
        registry.appendListeners(EventType.POST_INSERT, sections);
        registry.appendListeners(EventType.POST_UPDATE, sections);
        registry.appendListeners(EventType.POST_DELETE, sections);
    }
}
