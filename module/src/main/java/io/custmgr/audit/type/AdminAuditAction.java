package io.custmgr.audit.type;

/** What an admin user did to a record of one of the module's admin sections. */
public enum AdminAuditAction {
    CREATED, UPDATED, DELETED
}
