package io.custmgr.accountaudit.type;

/** A cleanup run's state; DONE also when some batches failed (the report lists them), FAILED when the job stopped. */
public enum CleanupStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
