package io.custmgr.history.service;

import io.custmgr.history.domain.PageView;

import java.util.Date;
import java.util.List;

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

    /**
     * One page of a customer's navigation history, oldest view first.
     *
     * @param from       inclusive start of the window, or null
     * @param to         exclusive end of the window, or null
     * @param page       0-based page number; negative counts as 0
     * @param pageSize   views per page, at least 1
     * @return the views of that page, never null
     */
    List<PageView> findViews(Long customerId, Date from, Date to, int page, int pageSize);

    /** @return how many views the same window holds */
    long countViews(Long customerId, Date from, Date to);

    /** A customer's most recent views, newest first, at most {@code max}. */
    List<PageView> findLatestViews(Long customerId, int max);
}
