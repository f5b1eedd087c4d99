package io.custmgr.consent.hibernate;

import io.custmgr.common.async.RateLimitedWarning;
import io.custmgr.common.hibernate.BeforeCommitSaves;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.consent.domain.ConsentRecordImpl;
import io.custmgr.consent.service.ConsentOrigin;
import io.custmgr.consent.service.ConsentService;
import io.custmgr.consent.type.ConsentKind;
import io.custmgr.customer.profile.domain.CustomerProfile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import java.io.Serializable;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records consents wherever a customer is saved through Hibernate (admin form, storefront, Broadleaf's controllers and
 * services, host code): when a customer becomes registered (first saved registered, or turned from guest into an
 * account) the state of its newsletter opt-in and of Broadleaf's "Receive Email"; afterwards every change of either.
 * Guests' first saves record nothing (Broadleaf's "Receive Email" is on by default for every anonymous customer).
 * The records are written in the saving transaction ({@link BeforeCommitSaves}); never throws into Hibernate.
 */
public class ConsentListener implements PostInsertEventListener, PostUpdateEventListener {

    private static final long serialVersionUID = 1L;
    private static final Log LOG = LogFactory.getLog(ConsentListener.class);
    private static final RateLimitedWarning WARNING = new RateLimitedWarning(LOG, 60000L);

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!(event.getEntity() instanceof Customer)) {
            return;
        }
        try {
            Object[] state = event.getState();
            EntityPersister persister = event.getPersister();
            if (Boolean.TRUE.equals(value(persister, state, "registered"))) {
                write(event.getSession(), event.getId(), states(persister, state), true);
            }
        } catch (RuntimeException e) {
            WARNING.warn("Consents: a new customer's consents could not be recorded", e);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof Customer) || event.getOldState() == null) {
            return;
        }
        try {
            EntityPersister persister = event.getPersister();
            Map<String, Boolean> before = states(persister, event.getOldState());
            Map<String, Boolean> after = states(persister, event.getState());
            boolean registering = !Boolean.TRUE.equals(value(persister, event.getOldState(), "registered"))
                    && Boolean.TRUE.equals(value(persister, event.getState(), "registered"));
            if (!registering) {
                for (Map.Entry<String, Boolean> kind : before.entrySet()) {
                    if (kind.getValue().equals(after.get(kind.getKey()))) {
                        after.remove(kind.getKey());
                    }
                }
            }
            write(event.getSession(), event.getId(), after, registering);
        } catch (RuntimeException e) {
            WARNING.warn("Consents: a customer's consent change could not be recorded", e);
        }
    }

    private static void write(EventSource session, Serializable id, Map<String, Boolean> states, boolean registering) {
        ConsentService service = ListenerBridge.lookup(ConsentService.class);
        if (states.isEmpty() || service == null) {
            return;
        }
        ConsentOrigin origin = service.currentOrigin(registering);
        Date now = new Date();
        for (Map.Entry<String, Boolean> state : states.entrySet()) {
            BeforeCommitSaves.add(session, new ConsentRecordImpl((Long) id, state.getKey(), state.getValue(), origin,
                    now));
        }
    }

    /** The consent kinds a customer row holds, in a fixed order. */
    private static Map<String, Boolean> states(EntityPersister persister, Object[] state) {
        Map<String, Boolean> states = new LinkedHashMap<String, Boolean>();
        Object profile = value(persister, state, "customerProfile");
        states.put(ConsentKind.NEWSLETTER, profile instanceof CustomerProfile
                && ((CustomerProfile) profile).isNewsletterOptIn());
        states.put(ConsentKind.RECEIVE_EMAIL, Boolean.TRUE.equals(value(persister, state, "receiveEmail")));
        return states;
    }

    private static Object value(EntityPersister persister, Object[] state, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (property.equals(names[i])) {
                return state[i];
            }
        }
        return null;
    }
}
