package io.custmgr.activity.dao;

import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.service.ActivityEventDraft;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Storage of the activity log, {@code CM_ACTIVITY_EVENT}, and of which types are logged. */
public interface ActivityEventDao {

    /** First of {@code count} fresh ids; call inside the inserting transaction. */
    long allocateIds(int count);

    /** One JDBC batch; the i-th draft gets id {@code firstId + i}. Drafts must have a customer. */
    void insert(long firstId, List<ActivityEventDraft> drafts);

    /** Codes of the types switched off in the admin. */
    Set<String> readDisabledTypeCodes();

    /** Owner of each given customer address's address id (addresses not on a customer are absent). */
    Map<Long, Long> readAddressOwners(Collection<Long> addressIds);

    /** Accounts signing in with the given names, ignoring case (names without an account are absent). */
    Map<String, Long> readCustomerIdsByUsername(Collection<String> usernames);

    /** Newest first. */
    List<ActivityEvent> readEvents(Long customerId, int firstResult, int maxResults);

    long countEvents(Long customerId);

    /**
     * Carts ({@link io.custmgr.customer.orders.type.OrderKinds}) with items of registered customers, unchanged since
     * {@code changedBefore} and not yet logged as abandoned, in order id order after {@code afterOrderId}; at most
     * {@code max}.
     */
    List<AbandonedCart> readNewlyAbandonedCarts(Date changedBefore, long afterOrderId, int max);

    /** Moves a customer's log to another customer (set-based); returns the rows moved. */
    int reassignCustomer(Long fromCustomerId, Long toCustomerId);
}
