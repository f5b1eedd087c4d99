package io.custmgr.audit.service;

import io.custmgr.audit.domain.CustomerAuditRecord;

import java.util.List;

/**
 * The customer audit trail. Admin changes of customers (fields, password, disable/enable, groups, addresses) are
 * recorded by a Hibernate listener in the transaction that makes them, whichever admin screen or service made them;
 * actions that are not plain entity changes (a guest converted or claimed, a merge) are recorded here explicitly.
 */
public interface CustomerAuditService {

    /**
     * Records in the current transaction (there must be one), as the admin behind the current request if there is one,
     * else as the shopper of the current storefront request, else as the system.
     */
    void record(CustomerAuditEntry entry);

    /** {@link #record(CustomerAuditEntry)} as the given actor (e.g. a background job acting for an admin). */
    void record(CustomerAuditEntry entry, AuditActor actor);

    /** @return who {@link #record} would name as the actor right now */
    AuditActor currentActor();

    /** @return the customer's records, newest first */
    List<CustomerAuditRecord> findRecords(Long customerId, int start, int max);

    long countRecords(Long customerId);
}
