package io.custmgr.history.service;

/** Changes to recorded navigation history as a whole. Thread-safe. */
public interface NavigationHistoryService {

    /**
     * Moves every recorded view of one customer to another (e.g. an anonymous visitor who logged in or registered),
     * in one set-based update. Joins the caller's transaction on {@code blTransactionManager}, or runs in its own.
     * Views of {@code fromCustomerId} still queued in the recorder are not moved.
     *
     * @param fromCustomerId nothing happens when null or equal to {@code toCustomerId}
     * @param toCustomerId   nothing happens when null
     * @return the number of views moved
     */
    int moveHistory(Long fromCustomerId, Long toCustomerId);
}
