package io.custmgr.sample.bench;

import io.custmgr.sample.launcher.SampleSiteServer;

import java.util.Locale;

/**
 * Navigation-history benchmark (bin/bench-history): starts the sample site on its embedded HSQLDB, measures the
 * latency tracking adds to storefront requests and the recorder's sustained write rate, then measures the write rate
 * again on a second sample site on PostgreSQL in a child JVM (two Broadleaf sites cannot run one after the other in
 * one JVM: Broadleaf keeps static state). Prints a summary at the end. Settings: {@link BenchSettings}.
 */
public final class HistoryBenchmark {

    static final String OUT = "bench | ";
    /** The child JVM runs only the PostgreSQL throughput phase. */
    static final String ROLE_PROPERTY = "custmgr.bench.role";

    private HistoryBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            BenchSettings settings = new BenchSettings();
            status = "postgres".equals(System.getProperty(ROLE_PROPERTY))
                    ? postgresChild(settings) : benchmark(settings);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        // Broadleaf leaves non-daemon threads behind.
        System.exit(status);
    }

    private static int benchmark(BenchSettings settings) throws Exception {
        say("Navigation history benchmark, %d cores, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (settings.postgres) {
            PostgresDatabase.recreate(settings);
            say("%s database %s recreated", settings.serverName(), settings.postgresDatabase);
        }
        LatencyResult latency;
        ThroughputResult hsqldb;
        try (SampleSiteServer site = startSite(settings.port, settings.databasePort, "HSQLDB")) {
            StorefrontHistory history = new StorefrontHistory(site);
            say("Latency: %d warm-up requests, then %d blocks x %d requests per state (ON/OFF alternating) over %s",
                    settings.warmupRequests, settings.blocks, settings.blockSize, site.storefrontUrl());
            latency = new LatencyBenchmark(site.storefrontUrl(), history)
                    .run(settings.warmupRequests, settings.blocks, settings.blockSize);
            say("%s", latency.describe());
            say("Throughput on HSQLDB: %d synthetic views", settings.events);
            hsqldb = new ThroughputBenchmark(history).run("HSQLDB", settings.events, new PageViewRows(
                    "jdbc:hsqldb:hsql://127.0.0.1:" + settings.databasePort + "/custmgr", "SA", ""));
            say("%s", hsqldb.describe());
        }
        ThroughputResult postgres = null;
        if (settings.postgres) {
            say("Throughput on %s (%s): second sample site in a child JVM", settings.serverName(),
                    settings.postgresUrl());
            postgres = new PostgresChild(settings).run();
        }
        return summary(latency, hsqldb, postgres, settings.postgres, settings.serverName());
    }

    private static int postgresChild(BenchSettings settings) throws Exception {
        System.setProperty("custmgr.sample.jdbc.url", settings.postgresUrl());
        System.setProperty("custmgr.sample.jdbc.user", settings.postgresUser);
        System.setProperty("custmgr.sample.jdbc.password", settings.postgresPassword);
        try (SampleSiteServer site = startSite(settings.port + 1, 0, settings.serverName())) {
            ThroughputResult result = new ThroughputBenchmark(new StorefrontHistory(site)).run(settings.serverName(),
                    settings.events, new PageViewRows(settings.postgresUrl(), settings.postgresUser,
                            settings.postgresPassword));
            say("%s", result.describe());
            System.out.println(result.toLine());
        }
        return 0;
    }

    private static SampleSiteServer startSite(int port, int databasePort, String database) throws Exception {
        long start = System.nanoTime();
        SampleSiteServer site = new SampleSiteServer(port, databasePort);
        try {
            site.start();
        } catch (Exception e) {
            site.close();
            throw e;
        }
        say("Sample site on %s started in %.1f s at %s", database, (System.nanoTime() - start) / 1e9,
                site.storefrontUrl());
        return site;
    }

    private static int summary(LatencyResult latency, ThroughputResult hsqldb, ThroughputResult postgres,
            boolean postgresWanted, String server) {
        System.out.println();
        say("===== Summary: navigation history =====");
        say("latency added by tracking on the request thread: p50 %d µs, p90 %d µs (target p50 < %.1f ms) %s",
                latency.inFilterP50Micros, latency.inFilterP90Micros, LatencyResult.TARGET_ADDED_P50_MS,
                verdict(latency.meetsTarget()));
        say("latency end to end p50 OFF %.3f ms, ON %.3f ms: %+.3f ms, ratio ON/OFF %.3f; p90 OFF %.3f, ON %.3f; "
                + "mean of per-block p50 differences %+.3f ms (includes the background writer's CPU on this machine)",
                latency.off.millis(0.5), latency.on.millis(0.5), latency.addedP50(),
                latency.on.millis(0.5) / latency.off.millis(0.5), latency.off.millis(0.9), latency.on.millis(0.9),
                latency.blockAddedP50);
        say("latency check: %d of %d ON requests recorded, %d dropped, %d non-200 %s", latency.recorded,
                latency.on.count(), latency.dropped, latency.failures, latency.consistent() ? "OK" : "FAILED");
        boolean ok = latency.consistent();
        ok &= throughputLine(hsqldb);
        if (postgres != null) {
            ok &= throughputLine(postgres);
        } else if (postgresWanted) {
            say("%s: no result (see the child output above)", server);
            ok = false;
        }
        say("=======================================");
        return ok ? 0 : 1;
    }

    private static boolean throughputLine(ThroughputResult result) {
        say("throughput %-10s %7.0f views/s (target >= %.0f) %s; recorded %d, dropped %d, rows %d of %d %s",
                result.database, result.viewsPerSecond(), ThroughputResult.TARGET_VIEWS_PER_SECOND,
                verdict(result.meetsTarget()), result.recorded, result.dropped, result.rows, result.offered,
                result.lossless() ? "(no loss)" : "(LOSS)");
        return result.lossless();
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    static void say(String format, Object... args) {
        for (String line : String.format(Locale.ROOT, format, args).split("\\R")) {
            System.out.println(OUT + line);
        }
    }
}
