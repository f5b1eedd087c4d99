package io.custmgr.audit.dao;

import io.custmgr.audit.domain.CustomerAuditRecord;

import java.util.List;

public interface CustomerAuditDao {

    /** @return the customer's records, newest first (one bounded query) */
    List<CustomerAuditRecord> readRecords(Long customerId, int start, int max);

    long countRecords(Long customerId);

    void save(CustomerAuditRecord record);
}
