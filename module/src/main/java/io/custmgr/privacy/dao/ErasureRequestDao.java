package io.custmgr.privacy.dao;

import io.custmgr.privacy.type.ErasureRequestStatus;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/** CM_ERASURE_REQUEST with JDBC (bean {@code cmErasureRequestDao}); joins the caller's transaction. */
public interface ErasureRequestDao {

    void insert(String requestId, long customerId, Date requested, String source);

    /** @return the customer's pending request, or null */
    ErasureRequestView readPending(long customerId);

    /** @return the request (any status), or null */
    ErasureRequestView read(String requestId);

    /** @return pending requests, oldest first, with the customer's e-mail and name */
    List<ErasureRequestView> readPending(int first, int max);

    long countPending();

    /** @return customers with a request pending since before {@code requestedBefore}, oldest first */
    List<Long> readDueCustomers(Date requestedBefore, int max);

    /**
     * Moves the pending requests of these customers (or the one request, with {@code requestId}) to {@code status}.
     *
     * @return the number of requests changed: 0 when none was pending any more
     */
    int decide(String requestId, Collection<Long> customerIds, ErasureRequestStatus status, String decidedBy,
            Date now);
}
