package io.custmgr.accountaudit.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** Key of {@link CleanupRunItemImpl}: a customer appears once per cleanup run. */
@Embeddable
public class CleanupRunItemKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "CLEANUP_RUN_ID", nullable = false)
    protected Long runId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CleanupRunItemKey)) {
            return false;
        }
        CleanupRunItemKey key = (CleanupRunItemKey) other;
        return eq(runId, key.runId) && eq(customerId, key.customerId);
    }

    @Override
    public int hashCode() {
        return (runId == null ? 0 : runId.hashCode()) * 31 + (customerId == null ? 0 : customerId.hashCode());
    }

    private static boolean eq(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }
}
