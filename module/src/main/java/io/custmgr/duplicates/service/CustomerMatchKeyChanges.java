package io.custmgr.duplicates.service;

/**
 * Takes committed changes of customers and their addresses whose match keys need refreshing: what the Hibernate
 * listener hands on (it finds the implementation, {@link CustomerMatchKeyRefresher}, on
 * {@link io.custmgr.common.hibernate.ListenerBridge}).
 */
public interface CustomerMatchKeyChanges {

    /**
     * Queues the change without blocking; called on the committing thread.
     *
     * @return false when the change was dropped (queue full or stopped): the next full refresh covers it
     */
    boolean offer(CustomerMatchKeyChange change);
}
