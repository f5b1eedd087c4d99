package io.custmgr.duplicates.service;

import io.custmgr.duplicates.dto.DuplicatePairPage;
import io.custmgr.duplicates.dto.MatchKeyRefresh;
import io.custmgr.duplicates.type.DuplicateReason;

import java.util.Collection;

/**
 * Finds customers that are likely the same person (bean {@code cmDuplicateCustomerFinder}). Each customer's
 * normalized e-mail, phones and name-at-address are stored as match keys ({@code CM_CUSTOMER_MATCH_KEY}); pairs are
 * customers sharing a key, found by the database, never by comparing customers in Java. Keys are derived data: they
 * reflect the customers as of the last {@link #refreshKeys()}.
 */
public interface DuplicateCustomerFinder {

    /**
     * Rebuilds every match key in one transaction (readers see the old keys or the new, never none): a delete, one
     * streaming read per kind of key, inserts in batches, and one delete of keys too many customers share. Only one
     * refresh runs at a time in this JVM.
     *
     * @throws RefreshRunningException when another refresh still runs after 10 seconds
     */
    MatchKeyRefresh refreshKeys();

    /**
     * Rebuilds the keys of these customers only (what a customer change calls, through
     * {@code cmCustomerMatchKeyRefresher}), 500 customers per transaction; waits for a full refresh of this JVM to end.
     * Does not drop keys that became common: the next full refresh does.
     */
    void refreshKeysOf(Collection<Long> customerIds);

    /**
     * A page of pairs of eligible (not deactivated) customers, the pair with the newest customer first, each with
     * every value its customers share. A fixed number of statements whatever the page or table size.
     *
     * @param reason only pairs sharing a value of this kind; null: all pairs
     * @param page from 0; a page beyond the last gives the last
     * @param pageSize pairs per page, 1 to 500
     */
    DuplicatePairPage findPairs(DuplicateReason reason, int page, int pageSize);
}
