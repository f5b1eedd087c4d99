package io.custmgr.audit.service;

/**
 * Says who is changing customers on the current thread. The admin webapp registers one on
 * {@link io.custmgr.common.hibernate.ListenerBridge} that answers with the signed-in admin user (read through
 * {@link AuditActors}); where none answers (storefront, jobs), entity changes are not audited — the activity log
 * covers the shopper's own changes.
 */
public interface AuditActorSource {

    /** @return the admin user behind the current request, or null when the change is not an admin's */
    AuditActor currentAdmin();
}
