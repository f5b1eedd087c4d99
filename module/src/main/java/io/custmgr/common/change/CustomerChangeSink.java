package io.custmgr.common.change;

import java.util.Collection;

/** Told of customers whose data changed in a committed transaction (see {@link CustomerChanges}). */
public interface CustomerChangeSink {

    /** Called after commit on the committing thread: only queue, never block or throw. */
    void customersChanged(Collection<Long> customerIds);
}
