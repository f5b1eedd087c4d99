package io.custmgr.common.async;

import java.util.List;

/** Writes one batch for a {@link BackgroundBatchQueue}; called from its single writer thread only. */
public interface BatchSink<E> {

    /** @throws RuntimeException when the batch could not be written (the queue drops and counts it) */
    void write(List<E> batch);
}
