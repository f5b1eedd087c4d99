package io.custmgr.audit.dao;

import io.custmgr.audit.domain.AdminAuditRecord;

import java.util.List;

/** Reads the admin audit trail; records are written by the audit listener, never here. */
public interface AdminAuditDao {

    /** @param section a section's name, or null for all; @return records newest first (one bounded query) */
    List<AdminAuditRecord> readRecords(String section, int start, int max);

    long countRecords(String section);

    /**
     * @return the records of one entity and of its parts ({@link io.custmgr.audit.domain.AdminAuditedPart}), newest
     *         first (one bounded query)
     */
    List<AdminAuditRecord> readRecordsOf(Class<?> entityType, Object entityId, int start, int max);

    long countRecordsOf(Class<?> entityType, Object entityId);

    /** @return the sections that have records, by name */
    List<String> readSections();
}
