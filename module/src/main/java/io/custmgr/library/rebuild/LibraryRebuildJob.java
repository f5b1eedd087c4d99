package io.custmgr.library.rebuild;

/**
 * The bulk rebuild of every customer's library (bean {@code cmLibraryRebuildJob}): one run at a time, recorded in
 * CM_LIBRARY_REBUILD_RUN, worked off the request thread on its own single-thread executor in batches of
 * {@code custmgr.library.rebuild.batchSize} customers by id; each batch is one transaction running
 * {@code cmLibraryService.rebuildRange} (set-based) and moving the run's progress. A run whose JVM stopped is resumed
 * from its last committed batch by {@link #resumeStalledRuns()} on whichever admin node claims it first.
 */
public interface LibraryRebuildJob {

    /**
     * Records a run over every customer there is now and hands it to the executor.
     *
     * @return the run's id
     * @throws RebuildAlreadyRunningException when a run is queued or running
     */
    long start(String startedBy);

    /** Records the run without starting it (what {@link #start} does first; tests drive batches themselves). */
    long create(String startedBy);

    /** Works a recorded run to its end (what the executor runs); a failing batch stops the run as FAILED. */
    void process(long runId);

    /**
     * Rebuilds the run's next batch in one transaction.
     *
     * @return false when nothing was left (the run is then DONE)
     */
    boolean processBatch(long runId);

    /** @return the run, or null */
    LibraryRebuildRun findRun(long runId);

    /** @return the newest run, or null */
    LibraryRebuildRun findLatest();

    /**
     * Renews the heartbeat of the runs this node holds and resumes QUEUED or RUNNING runs without a heartbeat for
     * {@code custmgr.library.rebuild.staleMinutes}; one node takes each (a conditional UPDATE). Scheduled in the admin
     * context every two minutes. @return runs resumed here
     */
    int resumeStalledRuns();
}
