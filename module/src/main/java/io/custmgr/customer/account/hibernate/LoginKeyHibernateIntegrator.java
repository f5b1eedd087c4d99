package io.custmgr.customer.account.hibernate;

import io.custmgr.common.hibernate.EventListenerIntegrator;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Adds the {@link LoginKeyListener}, in the transaction that writes the customer. */
public class LoginKeyHibernateIntegrator extends EventListenerIntegrator {

    @Override
    protected void register(EventListenerRegistry registry) {
        LoginKeyListener listener = new LoginKeyListener();
        registry.appendListeners(EventType.PRE_INSERT, listener);
        registry.appendListeners(EventType.PRE_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}
