package io.custmgr.common.hibernate;

import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.metamodel.source.MetadataImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Adds the module's event listeners to every session factory through Hibernate's own extension point
 * ({@code META-INF/services/org.hibernate.integrator.spi.Integrator}): no host persistence setting to change.
 */
public abstract class EventListenerIntegrator implements Integrator {

    @Override
    public void integrate(Configuration configuration, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        register(serviceRegistry.getService(EventListenerRegistry.class));
    }

    @Override
    public void integrate(MetadataImplementor metadata, SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        register(serviceRegistry.getService(EventListenerRegistry.class));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // listeners go with the session factory
    }

    protected abstract void register(EventListenerRegistry registry);
}
