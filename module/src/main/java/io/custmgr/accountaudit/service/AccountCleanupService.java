package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.type.AccountClass;

import java.util.Collection;

/**
 * Deletes unused or suspected spam accounts the latest audit found (bean {@code cmAccountCleanupService}): the
 * selection is copied into a run, then a background job deletes it in batches, each batch one transaction that
 * re-checks the never-delete rules first (see {@link io.custmgr.customer.deletion.type.KeepRule}). A failing batch rolls
 * back alone, its customers are reported FAILED with the error, and the job goes on. The run and its items are the
 * deletion report, read through {@link AccountCleanupReports}.
 */
public interface AccountCleanupService {

    /**
     * Records the run and its selection (one transaction), then hands the deletion to the background executor.
     *
     * @return the run's id, for {@link AccountCleanupReports#findRun}
     * @throws IllegalArgumentException when the class is not UNUSED or SPAM, or the selection is empty
     */
    long start(AccountClass accountClass, Collection<Long> customerIds, String startedBy);

    /** Deletes a recorded run's pending customers batch by batch (what the background job runs). */
    void process(long runId);

    /**
     * Resumes runs whose job stopped with the JVM that ran it (QUEUED or RUNNING, no heartbeat for
     * {@code custmgr.accountAudit.cleanup.staleMinutes}): their PENDING items are processed on this node's executor.
     * Scheduled in the admin context; one node takes each run. @return runs resumed here
     */
    int resumeStalledRuns();
}
