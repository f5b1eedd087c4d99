package io.custmgr.library.rebuild;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** CM_LIBRARY_REBUILD_RUN and the customer id ranges of its batches, in plain JDBC. Callers hold the transaction. */
public interface LibraryRebuildDao {

    /** @return {lowest, highest customer id, customers}, or null when there is no customer */
    long[] readCustomerSpan();

    /** @return the id of the {@code size}-th customer from {@code fromId} on (the batch's last), or null: fewer left */
    Long readBatchEnd(long fromId, int size);

    int countCustomers(long fromId, long toId);

    /** @return true when a run is QUEUED or RUNNING */
    boolean hasActiveRun();

    /** @return the run, or null */
    LibraryRebuildRun readRun(long runId);

    /** @return the newest run, or null */
    LibraryRebuildRun readLatest();

    /** @return {nextId, lastId} of the run */
    long[] readRange(long runId);

    /** The run's job (first or resumed) begins: RUNNING, the rate measured from now. */
    void markRunning(long runId, Date now);

    /** A batch committed: ids up to {@code batchEnd} are done. */
    void advance(long runId, long batchEnd, int customers, int added, int revoked, Date now);

    /** @param message null keeps the run's message */
    void finish(long runId, String status, String message, Date now);

    void renewHeartbeats(Collection<Long> runIds, Date now);

    /** @return QUEUED or RUNNING runs whose heartbeat is older than {@code staleBefore} */
    List<Long> readStalledRuns(Date staleBefore);

    /** Takes a stalled run for this node in one conditional UPDATE. @return false when another node took it first */
    boolean claimStalledRun(long runId, Date staleBefore, String message, Date now);
}
