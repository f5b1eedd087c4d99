package io.custmgr.common.async;

import org.apache.commons.logging.Log;
import org.springframework.beans.factory.DisposableBean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded in-memory queue drained by one daemon thread that hands batches to a {@link BatchSink}. Request threads
 * only {@link #offer} (never block, never throw); a batch is written when it holds {@code batchSize} items or when
 * {@code flushIntervalMs} passed since its first item, whichever is first. Items are dropped and counted (with at most
 * one WARN line a minute) when the queue is full, when their batch fails, or after shutdown.
 * Lifecycle: {@link #start()} (Spring init-method), {@link #destroy()} (writes out the queue, then stops the thread).
 */
public class BackgroundBatchQueue<E> implements DisposableBean {

    private static final long SHUTDOWN_WAIT_MS = 30000L;
    private static final long RUNNING_CHECK_MS = 50L;

    private final String name;
    private final BatchSink<E> sink;
    private final BlockingQueue<E> queue;
    private final int batchSize;
    private final long flushIntervalMs;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final RateLimitedWarning warning;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param name what the items are, for the thread name and log lines (e.g. "page views")
     */
    public BackgroundBatchQueue(String name, BatchSink<E> sink, int queueCapacity, int batchSize,
            long flushIntervalMs, Log log) {
        this.name = name;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<E>(Math.max(1, queueCapacity));
        this.batchSize = Math.max(1, batchSize);
        this.flushIntervalMs = Math.max(1L, flushIntervalMs);
        this.warning = new RateLimitedWarning(log, 60000L);
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
        }, "cm-writer-" + name.replace(' ', '-'));
        thread.setDaemon(true); // never keeps a JVM alive; destroy() flushes on orderly shutdown
        thread.start();
    }

    /** @return whether the item was queued (false: dropped and counted) */
    public boolean offer(E item) {
        try {
            if (running && queue.offer(item)) {
                queued.incrementAndGet();
                return true;
            }
            dropped.incrementAndGet();
            warning.warn(name + " dropped, queue full or writer stopped; dropped so far " + dropped.get(), null);
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
        }
        return false;
    }

    /** Items written by the sink since start. */
    public long getWrittenCount() {
        return written.get();
    }

    /** Items lost since start: queue full, failed batch, or offered after shutdown. */
    public long getDroppedCount() {
        return dropped.get();
    }

    /**
     * Waits until every item queued before this call is written or dropped.
     *
     * @return false when the timeout elapsed first
     */
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
        List<E> batch = new ArrayList<E>(batchSize);
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

    private void fill(List<E> batch) throws InterruptedException {
        E first = queue.poll(Math.min(flushIntervalMs, RUNNING_CHECK_MS), TimeUnit.MILLISECONDS);
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
            E next = queue.poll(Math.min(remaining, RUNNING_CHECK_MS), TimeUnit.MILLISECONDS);
            if (next != null) {
                batch.add(next);
            }
        }
        if (!running) {
            queue.drainTo(batch, batchSize - batch.size());
        }
    }

    private void writeBatch(List<E> batch) {
        int size = batch.size();
        try {
            sink.write(batch);
            written.addAndGet(size);
        } catch (Throwable e) { // the writer thread must survive anything a batch throws
            dropped.addAndGet(size);
            warning.warn("A batch of " + size + " " + name + " could not be written and was dropped; dropped so far "
                    + dropped.get(), e);
        } finally {
            handled.addAndGet(size);
        }
    }
}
