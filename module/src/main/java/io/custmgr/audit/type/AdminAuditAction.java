package io.custmgr.audit.type;

/**
 * What an admin user did: to a record of one of the module's admin sections (created, updated, deleted), or an action
 * recorded by its page (exported customers, ran a maintenance job).
 */
public enum AdminAuditAction {
    CREATED, UPDATED, DELETED, EXPORTED, RAN
}
