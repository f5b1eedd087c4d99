package io.custmgr.activity.hibernate;

import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.metamodel.source.MetadataImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Adds the {@link EntityActivityListener} to every session factory, through Hibernate's own extension point
 * ({@code META-INF/services/org.hibernate.integrator.spi.Integrator}): no host persistence setting to change.
 */
public class ActivityHibernateIntegrator implements Integrator {

    @Override
    public void integrate(Configuration configuration, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        register(serviceRegistry);
    }

    @Override
    public void integrate(MetadataImplementor metadata, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        register(serviceRegistry);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // listeners go with the session factory
    }

    private static void register(SessionFactoryServiceRegistry serviceRegistry) {
        EntityActivityListener listener = new EntityActivityListener();
        EventListenerRegistry registry = serviceRegistry.getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
    }
}
