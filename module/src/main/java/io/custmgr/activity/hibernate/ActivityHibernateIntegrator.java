package io.custmgr.activity.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Adds the {@link EntityActivityListener} for the post-commit events (rolled-back changes log nothing). */
public class ActivityHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        EntityActivityListener listener = new EntityActivityListener();
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
    }
}
