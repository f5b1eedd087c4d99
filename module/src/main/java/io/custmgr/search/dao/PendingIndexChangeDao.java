package io.custmgr.search.dao;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** The outbox of customers waiting for the index ({@code CM_SEARCH_PENDING}). */
public interface PendingIndexChangeDao {

    /** Queues each customer once per call. */
    void insert(Collection<Long> customerIds);

    /** @return up to {@code limit} oldest rows */
    List<PendingRow> readOldest(int limit);

    /** Deletes exactly these rows (a row queued meanwhile for the same customer stays for the next round). */
    void delete(Collection<Long> pendingIds);

    long count();

    /** @return when the oldest waiting row was queued, or null without one */
    Date oldestQueuedAt();

    Set<Long> customersOfAddresses(Collection<Long> addressIds);

    Set<Long> customersOfPhones(Collection<Long> phoneIds);

    Set<Long> membersOfGroups(Collection<Long> groupIds);

    /** One waiting row. */
    final class PendingRow {
        private final long id;
        private final long customerId;

        public PendingRow(long id, long customerId) {
            this.id = id;
            this.customerId = customerId;
        }

        public long getId() {
            return id;
        }

        public long getCustomerId() {
            return customerId;
        }
    }
}
