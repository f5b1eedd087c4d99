package io.custmgr.history.dao;

import io.custmgr.common.tx.BatchedPurge;
import io.custmgr.history.domain.PageView;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Set-based JDBC access to {@code CM_PAGE_VIEW}. No method opens a transaction: each joins the caller's transaction
 * on the blPU data source (e.g. one opened on {@code blTransactionManager}) or runs in auto-commit without one.
 * Thread-safe; no argument may be null unless noted.
 */
public interface PageViewDao extends BatchedPurge.Batch {

    /**
     * Reserves {@code count} consecutive ids from Broadleaf's {@code SEQUENCE_GENERATOR} segment of the entity, clear
     * of every block Hibernate has taken or will take for it. Call inside the inserting transaction: the row lock
     * then serialises concurrent allocators, and a rolled-back batch gives its ids back.
     *
     * @return the first id of the block
     */
    long allocateIds(int count);

    /** Inserts the rows in one JDBC batch; strings are cut to their column lengths. */
    void insert(List<PageViewRow> rows);

    /**
     * The views of these customers recorded between {@code from} and {@code to} (inclusive), as (customer, id, time)
     * triples in one statement: what another node recorded, for the time on page of the next view.
     */
    List<long[]> readRecentViews(Collection<Long> customerIds, Date from, Date to);

    /**
     * Like {@link #readRecentViews} but only each customer's latest view in the window (several when they share the
     * latest time), in one statement per 500 customers: a busy customer's earlier views are neither read nor sent.
     */
    List<long[]> readLatestViews(Collection<Long> customerIds, Date from, Date to);

    /** Sets the time on page (value, ms) of each row (key, id) that has none yet, in one JDBC batch. */
    void updateTimeOnPage(Map<Long, Long> timeOnPageById);

    /**
     * Deletes at most {@code limit} rows (the lowest ids) viewed before {@code cutoff}.
     *
     * @return the number of rows deleted; 0 when nothing is older
     */
    @Override
    int deleteOlderThan(Date cutoff, int limit);

    /** Moves every view of customer {@code fromCustomerId} to {@code toCustomerId}; returns the rows moved. */
    int reassignCustomer(Long fromCustomerId, Long toCustomerId);

    /**
     * @param from inclusive lower bound on the view time, or null for no bound
     * @param to   exclusive upper bound on the view time, or null for no bound
     * @return one customer's views in that window, oldest first, paged
     */
    List<PageView> readViews(Long customerId, Date from, Date to, int firstResult, int maxResults);

    /** @return how many views {@link #readViews} would page through */
    long countViews(Long customerId, Date from, Date to);

    /** A customer's most recent views, newest first. */
    List<PageView> readLatestViews(Long customerId, int maxResults);
}
