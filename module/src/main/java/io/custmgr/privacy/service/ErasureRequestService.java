package io.custmgr.privacy.service;

import io.custmgr.privacy.dao.ErasureRequestView;

import java.util.List;

/**
 * Erasure requests (bean {@code cmErasureRequestService}): a shopper asks on the storefront, the request waits for the
 * merchant's Confirm or Reject, or for {@code custmgr.privacy.erasureGraceDays} to pass ({@link #eraseDue()}, a
 * scheduled job); the shopper may cancel while it waits. At most one pending request per customer.
 */
public interface ErasureRequestService {

    /** Storefront. */
    String SOURCE_STOREFRONT = "STOREFRONT";

    /**
     * @return the customer's pending request, a new one unless one is pending already
     * @throws ErasureRefusedException when the customer cannot be erased at all (already erased, merged away,
     *         unknown); open orders do not stop a request, only its erasure
     */
    ErasureRequestView request(long customerId, String source);

    /** @return whether a pending request of the customer was withdrawn */
    boolean cancel(long customerId);

    /** @return the customer's pending request, or null */
    ErasureRequestView findPending(long customerId);

    List<ErasureRequestView> findPending(int first, int max);

    long countPending();

    /**
     * The merchant confirms: the customer is erased (as the current admin user) and the request closed, in one
     * transaction.
     *
     * @return the request as it was, naming the customer
     * @throws ErasureRefusedException nothing erased, the request still pending
     * @throws IllegalStateException when the request is not pending (any more)
     */
    ErasureRequestView confirm(String requestId, boolean force);

    /** @return whether the pending request was rejected */
    boolean reject(String requestId);

    /**
     * Erases the customers whose requests have waited the grace period (off when it is 0), in batches of their own
     * transactions; customers refused (e.g. open orders) keep their request pending for the merchant.
     *
     * @return how many customers were erased
     */
    int eraseDue();
}
