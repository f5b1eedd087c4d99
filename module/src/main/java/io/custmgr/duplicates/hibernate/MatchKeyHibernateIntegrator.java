package io.custmgr.duplicates.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Adds the {@link MatchKeyChangeListener} for the post-commit events. */
public class MatchKeyHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        MatchKeyChangeListener listener = new MatchKeyChangeListener();
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
    }
}
