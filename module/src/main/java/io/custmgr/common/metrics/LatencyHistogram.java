package io.custmgr.common.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts durations in fixed 1-microsecond buckets up to 10 ms (longer ones share the last bucket), lock-free, so a hot
 * path can afford to time itself on every call: one array increment. Percentiles are read at bucket resolution.
 */
public class LatencyHistogram {

    private static final int BUCKETS = 10001;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    public void record(long nanos) {
        long micros = Math.max(0L, nanos / 1000L);
        counts.incrementAndGet((int) Math.min(micros, BUCKETS - 1));
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
     * @return the duration in microseconds at or below which that share of the recorded calls took, or -1 when
     *         nothing was recorded (10000 stands for "10 ms or more")
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
                return i;
            }
        }
        return BUCKETS - 1;
    }

    public void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0L);
        }
    }
}
