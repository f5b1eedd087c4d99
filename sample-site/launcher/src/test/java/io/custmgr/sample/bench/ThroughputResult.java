package io.custmgr.sample.bench;

import java.util.Locale;

/** Figures of one throughput run; also travels from the PostgreSQL child JVM to the parent as one line. */
final class ThroughputResult {

    static final double TARGET_VIEWS_PER_SECOND = 5000;
    private static final String LINE_PREFIX = "bench-result throughput ";

    final String database;
    final long offered;
    final long recorded;
    final long dropped;
    final long refused;
    final long rows;
    final long nanos;
    final long maxBacklog;

    ThroughputResult(String database, long offered, long recorded, long dropped, long refused, long rows, long nanos,
            long maxBacklog) {
        this.database = database;
        this.offered = offered;
        this.recorded = recorded;
        this.dropped = dropped;
        this.refused = refused;
        this.rows = rows;
        this.nanos = nanos;
        this.maxBacklog = maxBacklog;
    }

    double viewsPerSecond() {
        return recorded / (nanos / 1e9);
    }

    /** Nothing lost and every recorded view is a row in CM_PAGE_VIEW. */
    boolean lossless() {
        return recorded == offered && dropped == 0 && refused == 0 && rows == offered;
    }

    boolean meetsTarget() {
        return viewsPerSecond() >= TARGET_VIEWS_PER_SECOND;
    }

    String describe() {
        return String.format(Locale.ROOT,
                "%s: %d views offered (backlog kept under %d), recorded %d, dropped %d (refused by a full queue %d), "
                + "rows in CM_PAGE_VIEW %d; %.2f s -> %.0f views/s",
                database, offered, maxBacklog, recorded, dropped, refused, rows, nanos / 1e9, viewsPerSecond());
    }

    String toLine() {
        return LINE_PREFIX + String.join(" ", database, Long.toString(offered), Long.toString(recorded),
                Long.toString(dropped), Long.toString(refused), Long.toString(rows), Long.toString(nanos),
                Long.toString(maxBacklog));
    }

    /** @return null when the line is not a result line */
    static ThroughputResult fromLine(String line) {
        if (!line.startsWith(LINE_PREFIX)) {
            return null;
        }
        String[] f = line.substring(LINE_PREFIX.length()).trim().split(" ");
        return new ThroughputResult(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
    }
}
