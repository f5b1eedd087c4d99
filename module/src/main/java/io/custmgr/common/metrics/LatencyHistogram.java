package io.custmgr.common.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts durations in fixed buckets, lock-free, so a hot path can afford to time itself on every call: one array
 * increment. 1-microsecond buckets below 10 ms (a filter's or a lookup's usual time), 100-microsecond buckets from
 * 10 ms to 1 s (a batch's statements under load), 10-millisecond buckets from 1 s to 60 s; longer durations share the
 * last bucket. Percentiles are read at bucket resolution, as the bucket's lower bound.
 */
public class LatencyHistogram {

    private static final long FINE_LIMIT_MICROS = 10000L;
    private static final long MEDIUM_STEP_MICROS = 100L;
    private static final long MEDIUM_LIMIT_MICROS = 1000000L;
    private static final long COARSE_STEP_MICROS = 10000L;
    /** The lower bound of the last bucket: 60 s. */
    public static final long CEILING_MICROS = 60000000L;

    private static final int FINE_BUCKETS = (int) FINE_LIMIT_MICROS;
    private static final int MEDIUM_BUCKETS = (int) ((MEDIUM_LIMIT_MICROS - FINE_LIMIT_MICROS) / MEDIUM_STEP_MICROS);
    private static final int COARSE_BUCKETS = (int) ((CEILING_MICROS - MEDIUM_LIMIT_MICROS) / COARSE_STEP_MICROS);
    private static final int BUCKETS = FINE_BUCKETS + MEDIUM_BUCKETS + COARSE_BUCKETS + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    public void record(long nanos) {
        counts.incrementAndGet(bucket(Math.max(0L, nanos / 1000L)));
    }

    static int bucket(long micros) {
        if (micros < FINE_LIMIT_MICROS) {
            return (int) micros;
        }
        if (micros < MEDIUM_LIMIT_MICROS) {
            return FINE_BUCKETS + (int) ((micros - FINE_LIMIT_MICROS) / MEDIUM_STEP_MICROS);
        }
        if (micros < CEILING_MICROS) {
            return FINE_BUCKETS + MEDIUM_BUCKETS + (int) ((micros - MEDIUM_LIMIT_MICROS) / COARSE_STEP_MICROS);
        }
        return BUCKETS - 1;
    }

    static long lowerBoundMicros(int bucket) {
        if (bucket < FINE_BUCKETS) {
            return bucket;
        }
        if (bucket < FINE_BUCKETS + MEDIUM_BUCKETS) {
            return FINE_LIMIT_MICROS + (bucket - FINE_BUCKETS) * MEDIUM_STEP_MICROS;
        }
        return MEDIUM_LIMIT_MICROS + (bucket - FINE_BUCKETS - MEDIUM_BUCKETS) * COARSE_STEP_MICROS;
    }

    public long count() {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /**
     * @param percentile between 0 and 100
     * @return the duration in microseconds at or below which that share of the recorded calls took (the lower bound
     *         of its bucket), or -1 when nothing was recorded ({@link #CEILING_MICROS} stands for "60 s or more")
     */
    public long percentileMicros(double percentile) {
        long total = count();
        if (total == 0) {
            return -1L;
        }
        long rank = Math.max(1L, (long) Math.ceil(total * percentile / 100.0));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return lowerBoundMicros(i);
            }
        }
        return CEILING_MICROS;
    }

    public void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0L);
        }
    }
}
