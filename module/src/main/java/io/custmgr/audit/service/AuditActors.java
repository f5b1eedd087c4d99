package io.custmgr.audit.service;

import io.custmgr.audit.hibernate.CustomerAuditListener;

/**
 * The name to stamp on a record someone creates or removes (a blocked IP, a disposable domain): the admin user signed
 * in on the current request (the source the customer audit trail uses, registered by the admin webapp), else
 * {@code system} (jobs, start-up, host code).
 */
public final class AuditActors {

    public static final String SYSTEM = "system";

    private AuditActors() {
    }

    public static String currentName() {
        AuditActor admin = CustomerAuditListener.currentAdmin();
        return admin == null || admin.getName() == null ? SYSTEM : admin.getName();
    }
}
