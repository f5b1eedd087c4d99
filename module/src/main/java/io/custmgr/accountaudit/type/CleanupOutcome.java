package io.custmgr.accountaudit.type;

/** What became of one selected customer in a cleanup run. */
public enum CleanupOutcome {
    PENDING, DELETED, KEPT, FAILED
}
