package io.custmgr.history.service;

/**
 * Records storefront page views asynchronously. {@link #record} is called on request threads: it only offers the event
 * to a bounded in-memory queue and never blocks or throws. One background thread writes the queue to the database in
 * batches, each in its own transaction; it commits independently of any transaction of the caller.
 * Events are dropped (and counted, with at most one WARN line per minute) when the queue is full, when their batch
 * fails, or after shutdown. On shutdown the queue is written out first.
 */
public interface PageViewRecorder {

    /**
     * Queues one view. The caller must not change the event afterwards.
     *
     * @param event ignored when null or without a view time
     * @return whether the event was queued (false: dropped)
     */
    boolean record(PageViewEvent event);

    /** Views written to the database since start. */
    long getRecordedCount();

    /** Views lost since start: queue full, failed batch, or recorded after shutdown. */
    long getDroppedCount();

    /**
     * Waits until every event queued before this call is written or dropped; for tests and orderly shutdown.
     *
     * @return false when the timeout elapsed first
     */
    boolean flush(long timeoutMs) throws InterruptedException;
}
