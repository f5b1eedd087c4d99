package io.custmgr.guest.dao;

import java.util.Collection;
import java.util.Date;

/**
 * Set-based SQL for the guest expiry job. Every method works on one window of customer ids, so the caller decides the
 * transaction size and nothing but ids ever reaches Java.
 */
public interface GuestExpiryDao {

    /**
     * The next window: up to {@code max} live guests (flagged guest, not registered, not anonymized) with ids above
     * {@code afterId}.
     *
     * @return null when there are none
     */
    GuestIdWindow readNextWindow(long afterId, int max);

    /**
     * Session settings for the current window's transaction, called first in it. PostgreSQL: no JIT compilation — the
     * correlated subqueries make the planner's cost estimates cross the JIT threshold, yet each statement runs in tens
     * of milliseconds, so compiling costs more than it saves (measured: about a fifth of the job's time).
     */
    void prepareWindowTransaction();

    /** Live guests of the window with an order still open. */
    int countKeptForOpenOrders(GuestIdWindow window, Collection<String> completeFulfillmentStatuses);

    /**
     * Erases the personal data held in {@code BLC_CUSTOMER} of the window's live guests without an open order whose
     * last completed order (or, without one, whose profile) is older than {@code completedBefore}, and stamps them
     * with {@code now}.
     *
     * @return guests anonymized
     */
    int anonymize(GuestIdWindow window, Collection<String> completeFulfillmentStatuses, Date completedBefore, Date now);

    /**
     * Deletes what hangs off the guests stamped {@code anonymizedAt} in the window: addresses, phones, attributes,
     * saved payments, page views and activity events. Addresses and phones an order or payment still points to stay.
     */
    void deletePersonalRecords(GuestIdWindow window, Date anonymizedAt);

    /** @return the guests of the window this run anonymized (stamped {@code anonymizedAt}) */
    java.util.List<Long> readAnonymized(GuestIdWindow window, java.util.Date anonymizedAt);
}
