package io.custmgr.search.export;

import java.util.List;

/**
 * The customers an export covers, handed out in batches so that an export of any size holds one batch of ids at a time.
 * Implementations: {@link SelectedIds} (the merchant's selection), the SQL fallback over all customers
 * ({@code CustomerExporter.allCustomers()}), and the search's own source paging through the ids matching a query.
 *
 * <p>Contract: called from one thread, batch after batch, until it returns false. Ids come in export order; an id that no
 * longer names a customer when its batch is read (deleted meanwhile) is left out of the export, not an error. A source
 * may run queries, each in a transaction of its own or in the caller's; it is used once.
 */
public interface CustomerIdSource {

    /**
     * Adds the next ids to {@code into} (which the caller has emptied).
     *
     * @param max most ids to add (at least 1)
     * @return false when no ids were left (nothing added); true when at least one was added
     */
    boolean nextBatch(List<Long> into, int max);
}
