package io.custmgr.sample.bench;

import java.util.Date;

/**
 * Sustained write rate of the real recorder and batch writer: synthetic page views go straight into the storefront's
 * {@code cmPageViewRecorder} as fast as it takes them, but never more than half its queue ahead of the writer, so a
 * full queue (the only designed loss) cannot happen. Timed from the first offer until flush returns.
 */
final class ThroughputBenchmark {

    /** Synthetic customers far above any id Broadleaf hands out, so their rows can be counted apart. */
    static final long FIRST_CUSTOMER_ID = 9_000_000_000L;
    private static final int CUSTOMERS = 2000;
    /** Gap between one synthetic customer's views (under the idle gap: the writer also fills time on page). */
    static final long VIEW_GAP_MS = 20_000L;
    private static final int BACKLOG_CHECK_EVERY = 64;

    private final StorefrontHistory history;
    private final long viewTimeOffsetMs;

    ThroughputBenchmark(StorefrontHistory history) {
        this(history, 0);
    }

    /** @param viewTimeOffsetMs added to every view time: two nodes interleave the same customers' views */
    ThroughputBenchmark(StorefrontHistory history, long viewTimeOffsetMs) {
        this.history = history;
        this.viewTimeOffsetMs = viewTimeOffsetMs;
    }

    ThroughputResult run(String database, int events, PageViewRows rows) throws Exception {
        Object[] batch = syntheticEvents(events);
        int maxBacklog = Math.max(1, history.queueCapacity() / 2);
        history.flush(60000);
        long recordedBefore = history.recorded();
        long droppedBefore = history.dropped();
        long rowsBefore = rows.count(FIRST_CUSTOMER_ID, FIRST_CUSTOMER_ID + CUSTOMERS);
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < batch.length; i++) {
            if (i % BACKLOG_CHECK_EVERY == 0) {
                while (i - (history.recorded() - recordedBefore) - (history.dropped() - droppedBefore) >= maxBacklog) {
                    Thread.sleep(0, 200_000);
                }
            }
            if (!history.record(batch[i])) {
                refused++;
            }
        }
        history.flush(300_000);
        long nanos = System.nanoTime() - start;
        long rowsAfter = rows.count(FIRST_CUSTOMER_ID, FIRST_CUSTOMER_ID + CUSTOMERS);
        return new ThroughputResult(database, events, history.recorded() - recordedBefore,
                history.dropped() - droppedBefore, refused, rowsAfter - rowsBefore, nanos, maxBacklog);
    }

    /** Built before the clock starts: the figure is about the recorder and the database, not about reflection. */
    private Object[] syntheticEvents(int count) throws ReflectiveOperationException {
        Object[] events = new Object[count];
        long firstViewTime = System.currentTimeMillis() - (long) (count / CUSTOMERS + 1) * VIEW_GAP_MS
                + viewTimeOffsetMs;
        for (int i = 0; i < count; i++) {
            int customer = i % CUSTOMERS;
            String page = LatencyBenchmark.PAGES[i % LatencyBenchmark.PAGES.length];
            Object event = history.newEvent();
            history.set(event, "customerId", Long.class, FIRST_CUSTOMER_ID + customer);
            history.set(event, "sessionHash", String.class, String.format("%064x", customer));
            history.set(event, "viewTime", Date.class, new Date(firstViewTime + (long) (i / CUSTOMERS) * VIEW_GAP_MS));
            history.set(event, "ipAddress", String.class, "10.0." + (customer / 250) + "." + (customer % 250));
            history.set(event, "httpMethod", String.class, "GET");
            history.set(event, "url", String.class, "/" + page + "?utm_source=bench&view=" + i);
            history.set(event, "referrer", String.class, "https://shop.example.com/");
            history.set(event, "userAgent", String.class, "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0");
            history.set(event, "browserName", String.class, "Chrome");
            history.set(event, "browserVersion", String.class, "120.0");
            history.set(event, "operatingSystem", String.class, "Linux");
            history.set(event, "itemName", String.class, page.isEmpty() ? null : page);
            events[i] = event;
        }
        return events;
    }
}
