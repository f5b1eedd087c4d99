package io.custmgr.search.change;

/** Takes committed changes for the customer index (the Hibernate listener's end of the {@code ListenerBridge}). */
public interface IndexChanges {

    /** Never blocks, never throws. @return whether the change was queued (false: dropped and counted) */
    boolean offer(IndexChange change);
}
