package io.custmgr.sample.bench;

import io.custmgr.sample.launcher.SampleSiteServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Navigation history on a cluster (bin/bench-cluster-history): two storefront nodes, each a sample site in a JVM of
 * its own on one PostgreSQL database (the first builds the schema, the second joins it as
 * {@code bin/run --second-node} does), record synthetic page views of the same customers at once, interleaved in time,
 * with {@code custmgr.history.previousViews=database}: each batch reads its customers' previous views, which the other
 * node wrote, in one query. Prints the cluster's views per second (every view of both nodes / the longer node's
 * time), checks zero loss by counting the rows, and prints each node's p50 / p95 of that lookup per batch.
 * Settings: {@link BenchSettings} ({@code custmgr.bench.events} per node, the PostgreSQL server and database).
 */
public final class ClusterHistoryBenchmark {

    static final String NODE_PROPERTY = "custmgr.bench.clusterNode";
    static final double TARGET_VIEWS_PER_SECOND = 30_000;
    private static final String READY = "bench-node-ready";
    private static final String LOOKUP = "bench-lookup ";

    private ClusterHistoryBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            BenchSettings settings = new BenchSettings();
            Integer node = Integer.getInteger(NODE_PROPERTY);
            status = node != null ? node(settings, node) : benchmark(settings);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // Broadleaf leaves non-daemon threads behind
    }

    private static int benchmark(BenchSettings settings) throws Exception {
        HistoryBenchmark.say("Cluster navigation history benchmark, %d cores, Java %s, %d views per node",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), settings.events);
        PostgresDatabase.recreate(settings);
        HistoryBenchmark.say("%s database %s recreated; starting node 1, then node 2", settings.serverName(),
                settings.postgresDatabase);
        Node first = Node.start(1);
        Node second = null;
        try {
            first.awaitReady();
            second = Node.start(2);
            second.awaitReady();
            String loadBefore = uptime();
            first.go();
            second.go();
            first.awaitEnd();
            second.awaitEnd();
            long rows = new PageViewRows(url(settings), settings.postgresUser, settings.postgresPassword)
                    .count(ThroughputBenchmark.FIRST_CUSTOMER_ID, Long.MAX_VALUE);
            return summary(settings, first, second, rows, loadBefore, uptime());
        } finally {
            first.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    private static int summary(BenchSettings settings, Node first, Node second, long rows, String loadBefore,
            String loadAfter) {
        System.out.println();
        HistoryBenchmark.say("===== Summary: navigation history, two storefront nodes on %s =====",
                settings.serverName());
        if (first.result == null || second.result == null || first.lookup == null || second.lookup == null) {
            HistoryBenchmark.say("a node gave no result (its output is above)");
            return 2;
        }
        long offered = first.result.offered + second.result.offered;
        long nanos = Math.max(first.result.nanos, second.result.nanos);
        double perSecond = rows * 1e9 / nanos;
        boolean lossless = rows == offered && first.result.recorded + second.result.recorded == offered
                && first.result.dropped + second.result.dropped == 0
                && first.result.refused + second.result.refused == 0;
        HistoryBenchmark.say("cluster throughput %.0f views/s (target >= %.0f) %s: %d rows of %d offered in %.2f s %s",
                perSecond, TARGET_VIEWS_PER_SECOND, perSecond >= TARGET_VIEWS_PER_SECOND ? "MET" : "MISSED", rows,
                offered, nanos / 1e9, lossless ? "(no loss)" : "(LOSS)");
        for (Node node : List.of(first, second)) {
            HistoryBenchmark.say("node %d: %.0f views/s alone, recorded %d, dropped %d; previous-view lookup per "
                    + "batch p50 %s, p95 %s over %s batches", node.index, node.result.offered * 1e9
                    / node.result.nanos, node.result.recorded, node.result.dropped, millis(node.lookup[0]),
                    millis(node.lookup[1]), node.lookup[2]);
        }
        HistoryBenchmark.say("load (uptime) before: %s", loadBefore);
        HistoryBenchmark.say("load (uptime) after:  %s", loadAfter);
        HistoryBenchmark.say("=======================================");
        return lossless ? 0 : 1;
    }

    /** A node's JVM: starts its sample site, says it is ready, writes when told to go, prints its results. */
    private static int node(BenchSettings settings, int index) throws Exception {
        System.setProperty("custmgr.sample.jdbc.url", url(settings));
        System.setProperty("custmgr.sample.jdbc.user", settings.postgresUser);
        System.setProperty("custmgr.sample.jdbc.password", settings.postgresPassword);
        System.setProperty(SampleSiteServer.SETTING_PREFIX + "custmgr.history.previousViews", "database");
        System.setProperty(SampleSiteServer.SETTING_PREFIX + "custmgr.jobs.nodeName", "bench-node-" + index);
        if (index == 2) {
            System.setProperty("custmgr.sample.secondNode", "true");
        }
        try (SampleSiteServer site = new SampleSiteServer(settings.port + index, 0)) {
            site.start();
            StorefrontHistory history = new StorefrontHistory(site);
            System.out.println(READY);
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            // node 2's views fall between node 1's: each customer's views alternate between the nodes
            ThroughputResult result = new ThroughputBenchmark(history, (index - 1) * ThroughputBenchmark.VIEW_GAP_MS / 2)
                    .run("node" + index, settings.events, new PageViewRows(url(settings), settings.postgresUser,
                            settings.postgresPassword));
            Object lookups = site.storefrontBean("cmPageViewRecorder").getClass()
                    .getMethod("getPreviousViewLookupTime").invoke(site.storefrontBean("cmPageViewRecorder"));
            long p50 = (Long) lookups.getClass().getMethod("percentileMicros", double.class).invoke(lookups, 50.0);
            long p95 = (Long) lookups.getClass().getMethod("percentileMicros", double.class).invoke(lookups, 95.0);
            Object count = lookups.getClass().getMethod("count").invoke(lookups);
            System.out.println(result.toLine());
            System.out.println(LOOKUP + p50 + " " + p95 + " " + count);
        }
        return 0;
    }

    /** The writer's histogram reads to the microsecond below 10 ms, to 0.1 ms below 1 s, to 10 ms up to a minute. */
    private static String millis(long micros) {
        return micros >= 60_000_000 ? ">= 60 s (the histogram's ceiling)" : String.format("%.2f ms", micros / 1000.0);
    }

    /** Batched inserts go to PostgreSQL as multi-row inserts, as the README's settings ask. */
    private static String url(BenchSettings settings) {
        String url = settings.postgresUrl();
        return settings.isMariaDb() ? url : url + "?reWriteBatchedInserts=true";
    }

    private static String uptime() {
        try {
            Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String line = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            uptime.waitFor(5, TimeUnit.SECONDS);
            return line;
        } catch (IOException | InterruptedException e) {
            return "(uptime: " + e + ")";
        }
    }

    /** A node's child JVM and what it printed; its other output goes to target/bench-cluster-node-N.log. */
    private static final class Node {
        final int index;
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        volatile ThroughputResult result;
        volatile long[] lookup;

        private Node(int index, Process process) {
            this.index = index;
            this.process = process;
        }

        static Node start(int index) throws IOException {
            List<String> command = ChildJvm.command(ClusterHistoryBenchmark.class,
                    List.of("-D" + NODE_PROPERTY + "=" + index));
            Node node = new Node(index, new ProcessBuilder(command).redirectErrorStream(true).start());
            Thread reader = new Thread(node::read, "bench-node-" + index);
            reader.setDaemon(true);
            reader.start();
            return node;
        }

        private void read() {
            Path log = Path.of("target", "bench-cluster-node-" + index + ".log");
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.write(line + "\n");
                    ThroughputResult parsed = ThroughputResult.fromLine(line);
                    if (parsed != null) {
                        result = parsed;
                    } else if (line.startsWith(LOOKUP)) {
                        String[] f = line.substring(LOOKUP.length()).trim().split(" ");
                        lookup = new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
                    } else if (line.equals(READY)) {
                        HistoryBenchmark.say("node %d ready", index);
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                HistoryBenchmark.say("node %d: %s", index, e);
            } finally {
                ready.countDown();
                ended.countDown();
            }
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(10, TimeUnit.MINUTES) || !process.isAlive()) {
                throw new IllegalStateException("node " + index + " did not start; see target/bench-cluster-node-"
                        + index + ".log");
            }
        }

        void go() throws IOException {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        void awaitEnd() throws InterruptedException {
            ended.await(30, TimeUnit.MINUTES);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
