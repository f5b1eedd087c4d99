package io.custmgr.history.service;

/**
 * Deletes old navigation history in batches, each batch in its own new transaction (so a long purge holds no long
 * locks and a failure keeps what was already deleted). Callers need no transaction. Thread-safe.
 */
public interface PageViewPurgeService {

    /**
     * Deletes the views older than {@code days} days.
     *
     * @param days 0 or less deletes nothing
     * @return the number of views deleted
     */
    long purgeOlderThan(int days);

    /** Deletes the views older than the configured retention ({@code custmgr.history.retentionDays}); scheduled daily. */
    long purgeExpired();
}
