package io.custmgr.search.index;

import io.custmgr.search.dao.IndexState;

/** The index's administration (bean {@code cmCustomerIndexService}, in the search context). */
public interface CustomerIndexService {

    IndexStatus status();

    /** @return the state row alone (is a rebuild running, how far): one read, for every search page */
    IndexState state();

    /** @return whether a full rebuild started (false: one is already running) */
    boolean startRebuild(String by);

    /**
     * Compares the index with the database: customers without a document, documents older than their customer's last
     * update, documents of customers that no longer exist. With {@code repair}, queues the first two for the index and
     * deletes the third.
     */
    IndexCheck check(boolean repair);
}
