package io.custmgr.common.async;

import org.apache.commons.logging.Log;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs a WARN line at most once per interval, from any thread: tracking failures happen per request or per event and
 * must not flood the log. Lines suppressed in between are counted into the next one.
 */
public class RateLimitedWarning {

    private final Log log;
    private final long intervalMs;
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong suppressed = new AtomicLong();

    public RateLimitedWarning(Log log, long intervalMs) {
        this.log = log;
        this.intervalMs = intervalMs;
    }

    /** @return whether the line was written */
    public boolean warn(String message, Throwable cause) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last < intervalMs || !lastLogged.compareAndSet(last, now)) {
            suppressed.incrementAndGet();
            return false;
        }
        long skipped = suppressed.getAndSet(0);
        String line = skipped == 0 ? message : message + " (" + skipped + " similar warnings suppressed)";
        if (cause == null) {
            log.warn(line);
        } else {
            log.warn(line + ": " + cause);
        }
        return true;
    }
}
