package io.custmgr.history.service;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link PageViewRecorder} on an {@link ArrayBlockingQueue} drained by one daemon thread. A batch is written when it
 * holds {@code batchSize} events or when {@code flushIntervalMs} passed since its first event, whichever is first.
 * Lifecycle: {@link #start()} (Spring init-method), {@link #destroy()} (flushes, then stops the thread).
 */
public class PageViewRecorderImpl implements PageViewRecorder, DisposableBean {

    private static final Log LOG = LogFactory.getLog(PageViewRecorderImpl.class);
    private static final long SHUTDOWN_WAIT_MS = 30000L;

    private final PageViewBatchWriter writer;
    private final BlockingQueue<PageViewEvent> queue;
    private final int batchSize;
    private static final long RUNNING_CHECK_MS = 50L;

    private final long flushIntervalMs;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final RateLimitedWarning warning = new RateLimitedWarning(LOG, 60000L);
    private volatile boolean running;
    private Thread thread;

    public PageViewRecorderImpl(PageViewBatchWriter writer, int queueCapacity, int batchSize, long flushIntervalMs) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<PageViewEvent>(Math.max(1, queueCapacity));
        this.batchSize = Math.max(1, batchSize);
        this.flushIntervalMs = Math.max(1L, flushIntervalMs);
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                drainLoop();
            }
        }, "cm-page-view-writer");
        thread.setDaemon(true); // never keeps a JVM alive; destroy() flushes on orderly shutdown
        thread.start();
    }

    @Override
    public boolean record(PageViewEvent event) {
        try {
            if (event == null || event.getViewTime() == null) {
                return false;
            }
            if (running && queue.offer(event)) {
                queued.incrementAndGet();
                return true;
            }
            dropped.incrementAndGet();
            warning.warn("Navigation history: page views dropped, queue full or recorder stopped; dropped so far "
                    + dropped.get(), null);
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
        }
        return false;
    }

    @Override
    public long getRecordedCount() {
        return recorded.get();
    }

    @Override
    public long getDroppedCount() {
        return dropped.get();
    }

    @Override
    public boolean flush(long timeoutMs) throws InterruptedException {
        long target = queued.get();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (handled.get() < target) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            Thread.sleep(5L);
        }
        return true;
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread writerThread;
        synchronized (this) {
            running = false;
            writerThread = thread;
            thread = null;
        }
        if (writerThread != null) {
            // the loop exits once the queue is empty
            writerThread.join(SHUTDOWN_WAIT_MS);
        }
    }

    private void drainLoop() {
        List<PageViewEvent> batch = new ArrayList<PageViewEvent>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                fill(batch);
            } catch (InterruptedException e) {
                running = false;
            }
            if (!batch.isEmpty()) {
                writeBatch(batch);
                batch.clear();
            }
        }
    }

    private void fill(List<PageViewEvent> batch) throws InterruptedException {
        PageViewEvent first = queue.poll(Math.min(flushIntervalMs, RUNNING_CHECK_MS), TimeUnit.MILLISECONDS);
        if (first == null) {
            return;
        }
        batch.add(first);
        long deadline = System.currentTimeMillis() + flushIntervalMs;
        while (batch.size() < batchSize && running) {
            queue.drainTo(batch, batchSize - batch.size());
            long remaining = deadline - System.currentTimeMillis();
            if (batch.size() >= batchSize || remaining <= 0) {
                break;
            }
            // Short waits, so destroy() never waits out a long flush interval.
            PageViewEvent next = queue.poll(Math.min(remaining, RUNNING_CHECK_MS), TimeUnit.MILLISECONDS);
            if (next != null) {
                batch.add(next);
            }
        }
        if (!running) {
            queue.drainTo(batch, batchSize - batch.size());
        }
    }

    private void writeBatch(List<PageViewEvent> batch) {
        int size = batch.size();
        try {
            writer.write(batch);
            recorded.addAndGet(size);
        } catch (Throwable e) { // the writer thread must survive anything a batch throws
            dropped.addAndGet(size);
            warning.warn("Navigation history: a batch of " + size + " page views could not be written and was "
                    + "dropped; dropped so far " + dropped.get(), e);
        } finally {
            handled.addAndGet(size);
        }
    }
}
