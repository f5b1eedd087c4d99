package io.custmgr.library.bench;

import io.custmgr.library.rebuild.LibraryRebuildJobImpl;
import io.custmgr.library.rebuild.LibraryRebuildRun;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.SeedInserts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The bulk library rebuild over many customers (bin/bench-library-rebuild): boots the integration-test Broadleaf context
 * on a fresh PostgreSQL database, seeds set-based (generate_series) customers with two placed orders of five lines each
 * (10 digital and 10 physical products; every tenth customer's second order cancelled; every tenth customer with a
 * stale purchase of an item no order has), runs {@code cmLibraryRebuildJob} to its end (timed, wall clock from start to
 * DONE) and checks that the active purchases are exactly the (customer, digital product) pairs the placed orders
 * justify and that the stale ones were revoked. Settings: {@code custmgr.bench.customers} (100,000),
 * {@code custmgr.bench.batchSize} (default: the setting {@code custmgr.library.rebuild.batchSize}),
 * {@code custmgr.bench.pg.*}. Exit 1 when a check fails, 2 when the run failed.
 */
public final class LibraryRebuildBenchmark {

    static final double TARGET_PER_SECOND = 10000;
    static final long FIRST_PRODUCT = 1000001L;
    static final int PRODUCTS = 20;
    static final int LINES_PER_ORDER = 5;

    private LibraryRebuildBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(LibraryRebuildBenchmark::run);
    }

    private static int run() throws Exception {
        int customers = Integer.getInteger("custmgr.bench.customers", 100000);
        String db = BenchDatabase.choose();
        if (!"postgres".equals(db)) {
            System.out.println("The library rebuild benchmark seeds with PostgreSQL's generate_series: start PostgreSQL");
            return 2;
        }
        System.out.println("Library rebuild benchmark: " + String.format(Locale.ROOT, "%,d", customers)
                + " customers, " + String.format(Locale.ROOT, "%,d", customers * 2L * LINES_PER_ORDER)
                + " order lines on " + db + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        ApplicationContext context = BroadleafTestContext.get();
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        long t0 = System.nanoTime();
        seed(jdbc, dataSource, customers);
        BenchDatabase.analyze(dataSource);
        System.out.println(String.format(Locale.ROOT, "seeded in %.1f s", (System.nanoTime() - t0) / 1e9));
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT o.CUSTOMER_ID, d.PRODUCT_ID"
                + " FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID JOIN BLC_DISCRETE_ORDER_ITEM d"
                + " ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID"
                + " WHERE o.ORDER_STATUS = 'SUBMITTED' AND p.CM_DIGITAL = TRUE) x", Long.class);

        LibraryRebuildJobImpl job = context.getBean("cmLibraryRebuildJob", LibraryRebuildJobImpl.class);
        Integer batch = Integer.getInteger("custmgr.bench.batchSize");
        if (batch != null) {
            job.setBatchSize(batch);
        }
        long t1 = System.nanoTime();
        long runId = job.start("benchmark");
        LibraryRebuildRun run = job.findRun(runId);
        while (run.isActive()) {
            Thread.sleep(20);
            run = job.findRun(runId);
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        String load = new String(Files.readAllBytes(Paths.get("/proc/loadavg"))).trim();

        long active = jdbc.queryForObject("SELECT COUNT(*) FROM CM_LIBRARY_ENTRY WHERE STATUS = 'ACTIVE'"
                + " AND ACQUISITION = 'PURCHASE'", Long.class);
        long stale = jdbc.queryForObject("SELECT COUNT(*) FROM CM_LIBRARY_ENTRY WHERE PRODUCT_ID = ? AND STATUS"
                + " = 'REVOKED'", Long.class, FIRST_PRODUCT + PRODUCTS);
        double perSecond = run.getDone() / seconds;
        System.out.println(String.format(Locale.ROOT, "rebuilt %,d customers (batches of %s) in %.2f s: %,.0f customers/s (target"
                + " %,.0f), run status %s; %,d added, %,d revoked; active purchases %,d (orders justify %,d), stale"
                + " revoked %,d of %,d; load average %s", run.getDone(),
                batch == null ? "the setting" : batch, seconds, perSecond, TARGET_PER_SECOND,
                run.getStatus(), run.getAdded(), run.getRevoked(), active, expected, stale, customers / 10, load));
        boolean ok = "DONE".equals(run.getStatus()) && run.getDone() == customers && active == expected
                && run.getAdded() == expected && stale == customers / 10 && run.getRevoked() == customers / 10;
        System.out.println(ok ? "checks passed" : "CHECKS FAILED");
        return ok ? 0 : 1;
    }

    private static void seed(JdbcTemplate jdbc, DataSource dataSource, int customers) throws SQLException {
        for (int p = 0; p <= PRODUCTS; p++) { // the last one digital and in no order: the stale entries' item
            long id = FIRST_PRODUCT + p;
            SeedInserts.insert(jdbc, dataSource, "BLC_SKU", Arrays.asList("SKU_ID", "NAME"), "SELECT " + id + ", 'Item " + p + "'");
            SeedInserts.insert(jdbc, dataSource, "BLC_PRODUCT", Arrays.asList("PRODUCT_ID", "DEFAULT_SKU_ID", "CM_DIGITAL"),
                    "SELECT " + id + ", " + id + ", " + (p < PRODUCTS / 2 || p == PRODUCTS));
        }
        SeedInserts.insert(jdbc, dataSource, "BLC_CUSTOMER", Arrays.asList("CUSTOMER_ID", "USER_NAME", "EMAIL_ADDRESS",
                "IS_REGISTERED", "DATE_CREATED"), "SELECT g, 'bench' || g, 'bench' || g || '@example.com', TRUE,"
                + " CURRENT_TIMESTAMP FROM generate_series(1, " + customers + ") g");
        SeedInserts.insert(jdbc, dataSource, "BLC_ORDER", Arrays.asList("ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS", "ORDER_NUMBER",
                "SUBMIT_DATE", "ORDER_TOTAL"), "SELECT g * 2 + k, g, CASE WHEN k = 1 AND g % 10 = 0 THEN 'CANCELLED'"
                + " ELSE 'SUBMITTED' END, 'B' || (g * 2 + k), CURRENT_TIMESTAMP, 0 FROM generate_series(1, "
                + customers + ") g CROSS JOIN generate_series(0, 1) k");
        SeedInserts.insert(jdbc, dataSource, "BLC_ORDER_ITEM", Arrays.asList("ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY",
                "ORDER_ITEM_TYPE"), "SELECT o.ORDER_ID * " + LINES_PER_ORDER + " + j, o.ORDER_ID, 'line', 1,"
                + " 'org.broadleafcommerce.core.order.service.type.OrderItemType.DISCRETE' FROM BLC_ORDER o"
                + " CROSS JOIN generate_series(0, " + (LINES_PER_ORDER - 1) + ") j");
        SeedInserts.insert(jdbc, dataSource, "BLC_DISCRETE_ORDER_ITEM", Arrays.asList("ORDER_ITEM_ID", "SKU_ID", "PRODUCT_ID"),
                "SELECT i.ORDER_ITEM_ID, " + FIRST_PRODUCT + " + (i.ORDER_ITEM_ID * 7 + i.ORDER_ID) % " + PRODUCTS
                        + ", " + FIRST_PRODUCT + " + (i.ORDER_ITEM_ID * 7 + i.ORDER_ID) % " + PRODUCTS
                        + " FROM BLC_ORDER_ITEM i");
        jdbc.update("INSERT INTO CM_LIBRARY_ENTRY (CUSTOMER_ID, PRODUCT_ID, ACQUISITION, ORDER_ID, GRANTED_DATE,"
                + " GRANTED_BY, STATUS, DOWNLOADS_USED) SELECT g, " + (FIRST_PRODUCT + PRODUCTS) + ", 'PURCHASE',"
                + " g * 2, CURRENT_TIMESTAMP, 'seed', 'ACTIVE', 0 FROM generate_series(10, " + customers + ", 10) g");
    }

}
