package io.custmgr.history.service;

import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.async.BatchSink;
import io.custmgr.common.metrics.LatencyHistogram;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.List;

/**
 * {@link PageViewRecorder} on a {@link BackgroundBatchQueue}: one daemon thread hands batches to the
 * {@link PageViewBatchWriter}. Lifecycle: {@link #start()} (Spring init-method), {@link #destroy()} (flushes, then
 * stops the thread).
 */
public class PageViewRecorderImpl extends BackgroundBatchQueue<PageViewEvent> implements PageViewRecorder {

    private static final Log LOG = LogFactory.getLog(PageViewRecorderImpl.class);

    private final PageViewBatchWriter writer;

    public PageViewRecorderImpl(final PageViewBatchWriter writer, int queueCapacity, int batchSize,
            long flushIntervalMs) {
        super("page views", new BatchSink<PageViewEvent>() {
            @Override
            public void write(List<PageViewEvent> batch) {
                writer.write(batch);
            }
        }, queueCapacity, batchSize, flushIntervalMs, LOG);
        this.writer = writer;
    }

    /** The writer's per-batch lookup of previous views ({@code previousViews=database}; empty otherwise). */
    public LatencyHistogram getPreviousViewLookupTime() {
        return writer.getLookupTime();
    }

    @Override
    public boolean record(PageViewEvent event) {
        if (event == null || event.getViewTime() == null) {
            return false;
        }
        return offer(event);
    }

    @Override
    public long getRecordedCount() {
        return getWrittenCount();
    }
}
