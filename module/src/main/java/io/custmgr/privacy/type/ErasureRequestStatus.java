package io.custmgr.privacy.type;

/** Where a storefront erasure request stands; only PENDING ones are acted on. */
public enum ErasureRequestStatus {
    /** Waiting for the merchant, or for the grace period to pass. */
    PENDING,
    /** The customer was erased (confirmed by the merchant, or by the grace job). */
    ERASED,
    /** The merchant declined it (e.g. open orders to settle first). */
    REJECTED,
    /** The shopper withdrew it while it was pending. */
    CANCELLED
}
