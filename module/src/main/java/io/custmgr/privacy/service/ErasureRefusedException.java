package io.custmgr.privacy.service;

import io.custmgr.privacy.type.ErasureRefusal;

/** Nothing was erased: the customer is refused for {@link #getRefusal()}. */
public class ErasureRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final ErasureRefusal refusal;

    public ErasureRefusedException(long customerId, ErasureRefusal refusal) {
        super("Customer #" + customerId + " cannot be erased: " + refusal.getMessage());
        this.customerId = customerId;
        this.refusal = refusal;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ErasureRefusal getRefusal() {
        return refusal;
    }
}
