package io.custmgr.customer.account.hibernate;

import io.custmgr.customer.account.dao.LoginKeys;
import io.custmgr.customer.account.domain.LoginExempt;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.HibernateException;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;

/**
 * Writes a customer's login keys in the statement batch that writes the customer, whoever saves it: Broadleaf's
 * registration and customer service, the admin, the module, host code. A taken key throws
 * {@link io.custmgr.customer.account.domain.LoginTakenException} out of the flush, so the customer is not written.
 */
public class LoginKeyListener implements PreInsertEventListener, PreUpdateEventListener, PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Customer) {
            Set<String> none = Collections.emptySet();
            sync(event.getSession(), (Long) event.getId(), none, keys(event.getPersister(), event.getId(),
                    event.getState()));
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (event.getEntity() instanceof Customer) {
            Set<String> wanted = keys(event.getPersister(), event.getId(), event.getState());
            Set<String> previous = event.getOldState() == null ? null
                    : keys(event.getPersister(), event.getId(), event.getOldState());
            if (previous == null || !previous.equals(wanted)) {
                sync(event.getSession(), (Long) event.getId(), null, wanted);
            }
        }
        return false;
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Customer) {
            Set<String> none = Collections.emptySet();
            sync(event.getSession(), (Long) event.getId(), event.getDeletedState() == null ? none
                    : keys(event.getPersister(), event.getId(), event.getDeletedState()), none);
        }
    }

    /** @param previous the keys before the change; null: those of the stored row */
    private static void sync(EventSource session, Long customerId, Set<String> previous, Set<String> wanted) {
        try {
            Connection connection = session.connection();
            LoginKeys.sync(connection, customerId,
                    previous == null ? LoginKeys.storedKeys(connection, customerId) : previous, wanted);
        } catch (SQLException e) {
            throw new HibernateException("Could not write the login keys of customer " + customerId, e);
        }
    }

    private static Set<String> keys(EntityPersister persister, Serializable id, Object[] state) {
        return LoginKeys.keysOf((Long) id, (String) value(persister, state, "username"),
                (String) value(persister, state, "emailAddress"), isLoginExempt(state));
    }

    /** A guest profile, say: some embedded part of the customer says it has no login. */
    private static boolean isLoginExempt(Object[] state) {
        for (Object value : state) {
            if (value instanceof LoginExempt && ((LoginExempt) value).isLoginExempt()) {
                return true;
            }
        }
        return false;
    }

    private static Object value(EntityPersister persister, Object[] state, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return state[i];
            }
        }
        return null;
    }
}
