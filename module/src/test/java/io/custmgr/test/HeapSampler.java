package io.custmgr.test;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples used heap every few milliseconds on a daemon thread, so the benchmark can show the peak and whether it
 * grows over the run (max per quarter of the run), next to the JVM's own per-pool peaks.
 */
public final class HeapSampler implements Runnable {

    private static final int CAPACITY = 200000;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long[] times = new long[CAPACITY];
    private final long[] used = new long[CAPACITY];
    private volatile boolean running = true;
    private int samples;
    private Thread thread;

    public void start() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        thread = new Thread(this, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        while (running && samples < CAPACITY) {
            times[samples] = System.nanoTime();
            used[samples] = memory.getHeapMemoryUsage().getUsed();
            samples++;
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    public long peak() {
        long peak = 0;
        for (int i = 0; i < samples; i++) {
            peak = Math.max(peak, used[i]);
        }
        return peak;
    }

    /** Highest sample in each of {@code parts} equal slices of the sampled time. */
    public long[] peakPerPart(int parts) {
        long[] peaks = new long[parts];
        if (samples == 0) {
            return peaks;
        }
        long first = times[0];
        long span = Math.max(1, times[samples - 1] - first + 1);
        for (int i = 0; i < samples; i++) {
            int part = (int) ((times[i] - first) * parts / span);
            peaks[part] = Math.max(peaks[part], used[i]);
        }
        return peaks;
    }

    public int samples() {
        return samples;
    }

    /** Sum of the heap pools' peak usage since {@link #start()} (an upper bound of the true peak). */
    public static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Collections so far and their total time in ms, all collectors. */
    public static long[] collections() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            ms += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    /** Peak of the heap pools that hold long-lived objects (old / tenured generation) since {@link #start()}. */
    public static long oldGenerationPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    public static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
