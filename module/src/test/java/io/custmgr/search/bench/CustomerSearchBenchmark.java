package io.custmgr.search.bench;

import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import io.custmgr.search.export.bench.ExportSeeder;
import io.custmgr.search.index.CustomerIndexService;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.Latencies;
import io.custmgr.test.SolrCloudServer;
import io.custmgr.test.TestSolr;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Customer search over many customers (bin/bench-search): boots the integration-test Broadleaf context with the search
 * context (embedded Solr by default) and Broadleaf's admin platform, seeds customers set-based ({@link ExportSeeder}
 * with order items), then prints the full rebuild rate, the search mix ({@link SearchMix}) through the index and the
 * same filters through Broadleaf's admin customer list, the delay from a committed change to search
 * ({@link VisibilityDelay}), and, on PostgreSQL, runs the export benchmark on the same data in a 256 MB JVM
 * ({@link ExportChild}). Settings (system properties): {@code custmgr.bench.customers} (1,000,000),
 * {@code custmgr.bench.rounds} (10), {@code custmgr.bench.adminRounds} (3), {@code custmgr.bench.changes} (50),
 * {@code custmgr.bench.export} (true), {@code custmgr.bench.xlsx} (true), {@code custmgr.bench.solr} ({@code embedded};
 * {@code cloud}: a two-shard SolrCloud collection in a JVM of its own, {@link TestSolr}, which needs the Solr server
 * Maven unpacks into {@code module/target/solrcloud} in phase pre-integration-test), and those of
 * {@link BenchDatabase}. Exit 1 when a figure could not be measured right (a count wrong), 2 when the run failed.
 */
public final class CustomerSearchBenchmark {

    static final double TARGET_REBUILD_PER_SECOND = 20000;
    static final double TARGET_P95_MS = 50;
    static final double TARGET_SPEEDUP = 20;
    static final String ADMIN_CONTEXTS = "bl-open-admin-contentCreator-applicationContext.xml,"
            + "custmgr-bench-admin-applicationContext.xml";

    private CustomerSearchBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(CustomerSearchBenchmark::run);
    }

    private static int run() throws Exception {
        int customers = Integer.getInteger("custmgr.bench.customers", 1000000);
        File solrHome = Files.createTempDirectory("custmgr-bench-solr-").toFile();
        File override = File.createTempFile("custmgr-bench-search", ".properties");
        Files.write(override.toPath(), ("custmgr.search.solr.home=" + solrHome.getAbsolutePath().replace('\\', '/')
                + "\n").getBytes(StandardCharsets.ISO_8859_1));
        System.setProperty("property-override", override.getAbsolutePath());
        System.setProperty(BroadleafTestContext.HOST_CONTEXT_PROPERTY, ADMIN_CONTEXTS);
        if (cloud()) {
            System.setProperty(TestSolr.MODE_PROPERTY, "cloud");
        }
        try {
            return run(customers, override);
        } finally {
            FileSystemUtils.deleteRecursively(solrHome);
            Files.deleteIfExists(override.toPath());
        }
    }

    private static int run(int customers, File override) throws Exception {
        String db = BenchDatabase.choose();
        System.out.println("Customer search benchmark: " + String.format(Locale.ROOT, "%,d", customers)
                + " customers on " + db + ", " + solrName() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        long t0 = System.nanoTime();
        long since = System.currentTimeMillis();
        ConfigurableApplicationContext context = BroadleafTestContext.get();
        System.out.println(String.format(Locale.ROOT, "context started in %.1f s", seconds(System.nanoTime() - t0)));
        JpaTransactionManager transactions = context.getBean("blTransactionManager", JpaTransactionManager.class);
        DataSource dataSource = transactions.getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (BenchDatabase.seeded()) {
            customers = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER", Integer.class);
        } else {
            long t1 = System.nanoTime();
            ExportSeeder seeder = new ExportSeeder(dataSource);
            seeder.seed(customers, true);
            if ("postgres".equals(db)) {
                BenchDatabase.analyze(dataSource);
            }
            System.out.println(String.format(Locale.ROOT, "seeded %,d rows in %.1f s (analyzed)", seeder.rows(),
                    seconds(System.nanoTime() - t1)));
        }

        double rate = rebuild(context, customers, since);
        CustomerSearchService search = context.getBean("cmCustomerSearchService", CustomerSearchService.class);
        SearchTimings timings = new SearchTimings(search, context.getBean("blAdminEntityService",
                AdminEntityService.class), jdbc, customers);
        timings.runIndex(Integer.getInteger("custmgr.bench.rounds", 10));
        timings.runBroadleaf(Integer.getInteger("custmgr.bench.adminRounds", 3));
        Latencies delays = new VisibilityDelay(context.getBean("blCustomerService", CustomerService.class), search,
                transactions).measure(Integer.getInteger("custmgr.bench.changes", 50), customers);

        System.out.println();
        System.out.println("=== Customer search (" + db + ", " + String.format(Locale.ROOT, "%,d", customers)
                + " customers, " + solrName() + ") ===");
        System.out.println("per search (index: every round other values; Broadleaf: its admin list fetch):");
        timings.printDetails();
        System.out.println(String.format(Locale.ROOT,
                "full rebuild         %,.0f customers/s (%s; target >= %,.0f: %s)", rate, solrName(),
                TARGET_REBUILD_PER_SECOND, met(rate >= TARGET_REBUILD_PER_SECOND)));
        double p95 = timings.index.percentile(95);
        System.out.println(String.format(Locale.ROOT, "index search mix     %s over %d searches (target p95 < %.0f ms:"
                + " %s)", timings.index.summary(), SearchMix.round(jdbc, customers, 1).size(), TARGET_P95_MS,
                met(p95 < TARGET_P95_MS)));
        System.out.println("same filters, index  " + timings.indexComparable.summary());
        System.out.println("same filters, admin  " + timings.broadleaf.summary() + " (Broadleaf admin customer list)");
        double ratio50 = timings.broadleaf.percentile(50) / timings.indexComparable.percentile(50);
        double ratio95 = timings.broadleaf.percentile(95) / timings.indexComparable.percentile(95);
        System.out.println(String.format(Locale.ROOT, "index vs admin       %.0fx faster at p50, %.0fx at p95 (target"
                + " >= %.0fx: %s)", ratio50, ratio95, TARGET_SPEEDUP, met(Math.min(ratio50, ratio95) >= TARGET_SPEEDUP)));
        System.out.println(String.format(Locale.ROOT, "change to search     %s, max %.0f ms (committed saveCustomer"
                + " until the search finds it; commitWithin %s ms)", delays.summary(), delays.percentile(100),
                context.getBeanFactory().resolveEmbeddedValue("${custmgr.search.commitWithinMs}")));
        System.out.flush();
        context.close();

        if (!"postgres".equals(db) || !Boolean.parseBoolean(System.getProperty("custmgr.bench.export", "true"))) {
            System.out.println("export: not run (needs PostgreSQL; bin/bench-export measures it on its own)");
            return 0;
        }
        System.out.println();
        System.out.println("=== Export of the same customers, separate JVM with -Xmx256m ===");
        return ExportChild.run(override, Boolean.parseBoolean(System.getProperty("custmgr.bench.xlsx", "true")));
    }

    /**
     * Times a full rebuild of all customers by its own start and end times: the start-up rebuild when the context
     * started one on the seeded database (a new Solr home is empty), else one started here. @return customers/s
     */
    private static double rebuild(ConfigurableApplicationContext context, int customers, long since)
            throws InterruptedException {
        CustomerIndexService indexService = context.getBean("cmCustomerIndexService", CustomerIndexService.class);
        IndexStateDao states = context.getBean("cmIndexStateDao", IndexStateDao.class);
        IndexState state = waitForRebuild(states);
        if (state.getRebuildDone() < customers || state.getRebuildStarted() == null
                || state.getRebuildStarted().getTime() < since) {
            while (!indexService.startRebuild("benchmark")) {
                Thread.sleep(100);
            }
            state = waitForRebuild(states);
        }
        double s = (state.getRebuildFinished().getTime() - state.getRebuildStarted().getTime()) / 1000.0;
        long docs = indexService.status().getDocuments();
        System.out.println(String.format(Locale.ROOT, "rebuild (%s): %,d customers in %.1f s, %,d documents, status %s",
                state.getRebuildBy(), state.getRebuildDone(), s, docs, state.getRebuildStatus()));
        if (docs != customers) {
            throw new IllegalStateException("The index holds " + docs + " documents for " + customers + " customers");
        }
        return customers / s;
    }

    private static IndexState waitForRebuild(IndexStateDao states) throws InterruptedException {
        Thread.sleep(200);
        IndexState state = states.read();
        while (state.isRebuilding()) {
            Thread.sleep(100);
            state = states.read();
        }
        return state;
    }

    /** {@code custmgr.bench.solr=cloud}: the index in a {@link TestSolr} SolrCloud collection of two shards */
    private static boolean cloud() {
        return "cloud".equals(System.getProperty("custmgr.bench.solr", "embedded"));
    }

    private static String solrName() {
        return cloud() ? SolrCloudServer.SHARDS + "-shard SolrCloud" : "embedded Solr";
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
