package io.custmgr.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of one kind of call, in milliseconds, with their percentiles (nearest rank). */
public final class Latencies {

    private final List<Double> ms = new ArrayList<Double>();

    public void add(long nanos) {
        ms.add(nanos / 1e6);
    }

    public int count() {
        return ms.size();
    }

    public double percentile(int p) {
        if (ms.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<Double>(ms);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    public String summary() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d calls)", percentile(50), percentile(95),
                count());
    }
}
