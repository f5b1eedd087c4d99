package io.custmgr.audit.service;

import io.custmgr.audit.domain.AdminAuditRecord;

import java.util.List;

/**
 * The admin audit trail: every add, update and delete an admin user makes in one of the module's admin sections
 * (entities marked {@link io.custmgr.audit.domain.AdminAudited}), recorded by a Hibernate listener in the transaction
 * that makes it, with the admin user's id and login, the client IP and the changed fields before and after. Read-only
 * here: nothing changes or deletes a record; pages add records of actions that change no entity ({@link #recordAction}).
 */
public interface AdminAuditService {

    /** @param section a section's name, or null for every section; @return its records, newest first */
    List<AdminAuditRecord> findRecords(String section, int start, int max);

    long countRecords(String section);

    /** @return the records of one entity and of its parts (a company's members, units, roles), newest first */
    List<AdminAuditRecord> findRecordsOf(Class<?> entityType, Object entityId, int start, int max);

    long countRecordsOf(Class<?> entityType, Object entityId);

    /**
     * Records a change made outside the admin (a shopper managing its company on the storefront) in the caller's
     * transaction, so it is kept only if the change is.
     */
    void recordChange(AdminAuditEntry entry, AuditActor actor);

    /** @return the names of the sections that have records, sorted */
    List<String> findSections();

    /**
     * Records an action an admin page took that changes no audited entity (an export, a job started), for the admin
     * user of the current request, in its own transaction.
     */
    void recordAction(AdminAuditEntry entry);

    /** As {@link #recordAction(AdminAuditEntry)}, for an actor captured earlier (a background job finishing). */
    void recordAction(AdminAuditEntry entry, AuditActor actor);
}
