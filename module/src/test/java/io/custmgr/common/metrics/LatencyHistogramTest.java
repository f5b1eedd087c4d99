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
    void longDurationsShareTheLastBucketAndResetEmpties() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(5000000000L);
        assertEquals(10000, histogram.percentileMicros(50));
        histogram.reset();
        assertEquals(-1, histogram.percentileMicros(50));
    }
}
