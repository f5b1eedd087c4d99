package io.custmgr.activity.service;

import io.custmgr.activity.type.ActivityEventType;

/**
 * Records customer activity asynchronously, like the page view recorder: {@link #record} only offers the draft to a
 * bounded queue and never blocks or throws; one background thread writes batches, each in its own transaction, and
 * skips types switched off in the admin. Drops are counted.
 */
public interface ActivityRecorder {

    /**
     * A draft of this type stamped now, with the client IP of the current request and the admin user signed in as the
     * customer on it ("Login as customer"), if there are.
     */
    ActivityEventDraft draft(ActivityEventType type);

    /**
     * Queues the draft; inside a transaction only once it has committed (an event of a rolled-back change is no event,
     * and the writer must not wait on rows the transaction still holds).
     *
     * @return whether the draft was queued, or will be at commit (false: dropped)
     */
    boolean record(ActivityEventDraft draft);

    long getRecordedCount();

    long getDroppedCount();

    /** Waits until every draft queued before this call is written or dropped; false on timeout. */
    boolean flush(long timeoutMs) throws InterruptedException;
}
