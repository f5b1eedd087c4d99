package io.custmgr.common.change;

import io.custmgr.common.hibernate.ListenerBridge;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Announces customers changed by plain SQL (merge, cleanup, guest expiry and claim, group renames), which Hibernate's
 * listeners never see, to the {@link CustomerChangeSink} registered on the {@link ListenerBridge} (the search index's
 * change writer while it runs). Inside a transaction the news waits for its commit, and a rollback drops it; outside
 * one it goes at once. Never throws.
 */
public final class CustomerChanges {

    private CustomerChanges() {
    }

    public static void afterCommit(Long... customerIds) {
        afterCommit(java.util.Arrays.asList(customerIds));
    }

    public static void afterCommit(Collection<Long> customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            return;
        }
        final List<Long> ids = Collections.unmodifiableList(new ArrayList<Long>(customerIds));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    deliver(ids);
                }
            });
        } else {
            deliver(ids);
        }
    }

    static void deliver(Collection<Long> ids) {
        CustomerChangeSink sink = ListenerBridge.lookup(CustomerChangeSink.class);
        if (sink == null) {
            return;
        }
        try {
            sink.customersChanged(ids);
        } catch (RuntimeException e) {
            // the sink only queues; the search index's reconcile step covers a change lost here
        }
    }
}
