package io.custmgr.search.dao;

import java.util.Date;
import java.util.List;

/** The index's one state row ({@code CM_SEARCH_INDEX_STATE}) and the reconcile step's changed-since query. */
public interface IndexStateDao {

    /** @return whether the row was missing (a new database: whatever the index holds is not of it) */
    boolean ensureRow();

    IndexState read();

    void confirm(Date until);

    /**
     * Claims the rebuild: only when none runs, or the running one's heartbeat is older than {@code staleBefore} (its
     * JVM stopped). A new rebuild ({@code resume} false) starts after id 0 with the next generation.
     *
     * @return whether this caller now runs the rebuild
     */
    boolean claimRebuild(boolean resume, long total, String by, Date staleBefore);

    void rebuildProgress(long afterId, long done);

    void rebuildFinished();

    void rebuildFailed(String error);

    /**
     * @return customers whose indexed data may have changed at or after {@code since}: customer rows, orders, audit
     *         records, activity, page views and merges, set-based
     */
    List<Long> customersChangedSince(Date since, int limit);
}
