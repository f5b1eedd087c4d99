package io.custmgr.audit.service;

import io.custmgr.common.async.RateLimitedWarning;
import io.custmgr.common.hibernate.ListenerBridge;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Who is changing customers on the current thread, from the {@link AuditActorSource} registered on the
 * {@link ListenerBridge} (the admin webapp registers one answering with the signed-in admin user; the customer audit
 * listener asks it too). Also the name to stamp on a record someone creates or removes (a blocked IP, a disposable
 * domain): that admin user, else {@code system} (jobs, start-up, host code).
 */
public final class AuditActors {

    public static final String SYSTEM = "system";

    private static final Log LOG = LogFactory.getLog(AuditActors.class);
    private static final RateLimitedWarning WARNING = new RateLimitedWarning(LOG, 60000L);

    private AuditActors() {
    }

    /** @return the admin behind the current thread's change, or null (none signed in, or no source registered) */
    public static AuditActor currentAdmin() {
        AuditActorSource source = ListenerBridge.lookup(AuditActorSource.class);
        try {
            return source == null ? null : source.currentAdmin();
        } catch (RuntimeException e) {
            WARNING.warn("Customer audit: the admin user could not be determined", e);
            return null;
        }
    }

    public static String currentName() {
        AuditActor admin = currentAdmin();
        return admin == null || admin.getName() == null ? SYSTEM : admin.getName();
    }
}
