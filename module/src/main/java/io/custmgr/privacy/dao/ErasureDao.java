package io.custmgr.privacy.dao;

import io.custmgr.privacy.type.ErasureRefusal;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The erasure's reads (bean {@code cmErasureDao}); plain SQL, a fixed number of statements per batch of ids. */
public interface ErasureDao {

    /**
     * Locks the customer rows (ascending ids, as the merge does) until the caller's transaction ends, and switches
     * PostgreSQL's JIT compiler off for that transaction. The erasure's first statement.
     */
    void lockCustomers(List<Long> customerIds);

    /**
     * @param completeStatuses the fulfillment statuses that complete a submitted order
     * @param mergeLocksAfter merge locks taken before this time belong to a dead merge and are ignored
     * @return the first refusal of each refused customer ({@link ErasureRefusal} order); ids not returned may be
     *         erased. With {@code force}, a customer whose only refusal is open orders is not returned.
     */
    Map<Long, ErasureRefusal> readRefusals(List<Long> customerIds, boolean force, Collection<String> completeStatuses,
            Date mergeLocksAfter);

    /** @return what the confirmation page shows of the customer, or null when there is no such customer */
    ErasureSubject readSubject(long customerId);
}
