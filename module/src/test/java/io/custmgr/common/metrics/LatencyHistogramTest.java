package io.custmgr.common.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyHistogramTest {

    @Test
    void percentilesAreReadAtMicrosecondResolution() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int micros = 1; micros <= 100; micros++) {
            histogram.record(micros * 1000L + 999L); // truncated to whole microseconds
        }
        assertEquals(100, histogram.count());
        assertEquals(50, histogram.percentileMicros(50));
        assertEquals(90, histogram.percentileMicros(90));
        assertEquals(100, histogram.percentileMicros(100));
    }

    @Test
    void longerDurationsAreReadAtCoarserResolutionUpToAMinute() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(9999999L); // 9.999 ms: still a microsecond bucket
        histogram.record(12345678L); // 12.3 ms: the 100-microsecond bucket from 12.3 ms
        histogram.record(999999999L); // just under 1 s
        histogram.record(5000000000L); // 5 s: the 10-millisecond bucket from 5 s
        assertEquals(9999, histogram.percentileMicros(25));
        assertEquals(12300, histogram.percentileMicros(50));
        assertEquals(999900, histogram.percentileMicros(75));
        assertEquals(5000000, histogram.percentileMicros(100));
    }

    @Test
    void durationsBeyondAMinuteShareTheLastBucketAndResetEmpties() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(3600L * 1000000000L);
        assertEquals(LatencyHistogram.CEILING_MICROS, histogram.percentileMicros(50));
        histogram.reset();
        assertEquals(-1, histogram.percentileMicros(50));
    }
}
