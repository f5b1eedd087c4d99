package io.custmgr.sample.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of request durations, in milliseconds. */
final class Percentiles {

    private final long[] sortedNanos;

    Percentiles(long[] nanos, int count) {
        sortedNanos = Arrays.copyOf(nanos, count);
        Arrays.sort(sortedNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    double millis(double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMillis() {
        double sum = 0;
        for (long nanos : sortedNanos) {
            sum += nanos;
        }
        return sortedNanos.length == 0 ? Double.NaN : sum / sortedNanos.length / 1e6;
    }
}
