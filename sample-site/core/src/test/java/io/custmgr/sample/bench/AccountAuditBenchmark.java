package io.custmgr.sample.bench;

import io.custmgr.accountaudit.service.AccountAuditService;
import io.custmgr.accountaudit.service.AccountAuditSummary;
import io.custmgr.accountaudit.service.AccountCleanupReports;
import io.custmgr.accountaudit.service.AccountCleanupService;
import io.custmgr.accountaudit.service.CleanupRunView;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.sample.seed.BulkCustomerSeeder;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The account audit over a million customers (bin/bench-account-audit): boots the integration-test Broadleaf context
 * on a fresh database, seeds customers with the sample seeder's bulk mode, times the set-based classification,
 * times the same verdicts asked one customer at a time (the per-customer queries a naive audit would run) over a
 * sample and extrapolates, then deletes a share of the unused accounts through the cleanup job and prints its
 * throughput. Settings (system properties): {@code custmgr.bench.db} postgres | hsqldb (default postgres when
 * 127.0.0.1:5432 answers), {@code custmgr.bench.customers} (1,000,000), {@code custmgr.bench.sample} (2,000),
 * {@code custmgr.bench.cleanup} (50,000 customers to delete), {@code custmgr.bench.pg.server} / {@code .pg.database}
 * (custmgr_bench) / {@code .pg.user} (password: environment CUSTMGR_BENCH_PG_PASSWORD). Exit 1 when a count is
 * wrong, 2 when the run failed.
 */
public final class AccountAuditBenchmark {

    static final double TARGET_SECONDS = 30;
    static final long FIRST_ID = 100000000L;

    private AccountAuditBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(AccountAuditBenchmark::run);
    }

    private static int run() throws Exception {
        int customers = Integer.getInteger("custmgr.bench.customers", 1000000);
        int sample = Integer.getInteger("custmgr.bench.sample", 2000);
        int cleanup = Integer.getInteger("custmgr.bench.cleanup", 50000);
        String db = BenchDatabase.choose();
        System.out.println(format("Account audit benchmark: %,d customers on %s, %d cores", customers, db,
                Runtime.getRuntime().availableProcessors()));
        ApplicationContext context = BroadleafTestContext.get();
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        BulkCustomerSeeder seeder = new BulkCustomerSeeder(dataSource);
        long t0 = System.nanoTime();
        seeder.seed(FIRST_ID, customers);
        double seedSeconds = seconds(System.nanoTime() - t0);
        System.out.println(format("seeded %,d rows in %.1f s (%,.0f rows/s)", seeder.getRows(), seedSeconds,
                seeder.getRows() / seedSeconds));
        if (!"hsqldb".equals(db)) {
            BenchDatabase.analyze(dataSource); // fresh statistics, as the database would have them on a live store
        }

        AccountAuditService audit = context.getBean("cmAccountAuditService", AccountAuditService.class);
        long t1 = System.nanoTime();
        AccountAuditSummary summary = audit.runAudit("benchmark");
        double auditSeconds = seconds(System.nanoTime() - t1);
        // the merchant's next audit replaces the million results the first one wrote
        long t1Again = System.nanoTime();
        AccountAuditSummary again = audit.runAudit("benchmark");
        double againSeconds = seconds(System.nanoTime() - t1Again);

        PerCustomerAudit naive = new PerCustomerAudit(jdbc);
        List<Long> ids = jdbc.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID >= ?"
                + " ORDER BY CUSTOMER_ID LIMIT ?", Long.class, FIRST_ID, sample);
        naive.classify(ids.subList(0, Math.min(200, ids.size()))); // warm-up: statements prepared, caches filled
        long t2 = System.nanoTime();
        int naiveSpam = naive.classify(ids);
        double loopSeconds = seconds(System.nanoTime() - t2);
        double extrapolated = loopSeconds * customers / ids.size();

        AccountCleanupService cleaner = context.getBean("cmAccountCleanupService", AccountCleanupService.class);
        AccountCleanupReports reports = context.getBean("cmAccountCleanupReports", AccountCleanupReports.class);
        List<Long> unused = jdbc.queryForList("SELECT CUSTOMER_ID FROM CM_ACCOUNT_AUDIT_RESULT WHERE ACCOUNT_CLASS = ?"
                + " ORDER BY CUSTOMER_ID LIMIT ?", Long.class, AccountClass.UNUSED.name(), cleanup);
        long t3 = System.nanoTime();
        long runId = cleaner.start(AccountClass.UNUSED, unused, "benchmark");
        CleanupRunView run = reports.findRun(runId);
        while (!run.isFinished()) {
            Thread.sleep(200);
            run = reports.findRun(runId);
        }
        double cleanupSeconds = seconds(System.nanoTime() - t3);

        long expectedSpam = expected(customers, 15, 17);
        long expectedActive = expected(customers, 0, 9);
        System.out.println();
        System.out.println("=== Account audit (" + db + ") ===");
        System.out.println(format("classified          %,d accounts: active %,d (expected %,d), unused %,d,"
                + " suspected spam %,d (expected %,d)", summary.getTotal(), summary.count(AccountClass.ACTIVE),
                expectedActive, summary.count(AccountClass.UNUSED), summary.count(AccountClass.SPAM), expectedSpam));
        System.out.println(format("classification      %.1f s, again over the first run's results %.1f s"
                + " (target < %.0f s: %s)", auditSeconds, againSeconds, TARGET_SECONDS,
                Math.max(auditSeconds, againSeconds) < TARGET_SECONDS ? "met" : "MISSED"));
        System.out.println(format("per-customer loop   %.2f s for %,d customers (%.2f ms each, %d queries each),"
                + " extrapolated to %,d: %.0f s", loopSeconds, ids.size(), loopSeconds * 1000 / ids.size(),
                PerCustomerAudit.QUERIES, customers, extrapolated));
        System.out.println(format("ratio               set-based is %.1f times faster", extrapolated / auditSeconds));
        System.out.println(format("cleanup             %,d deleted, %,d kept, %,d failed in %.1f s: %,.0f customers"
                + " deleted/s (%s)", run.getDeleted(), run.getKept(), run.getFailed(), cleanupSeconds,
                run.getDeleted() / cleanupSeconds, run.getStatus()));

        boolean correct = summary.getTotal() >= customers && again.getTotal() == summary.getTotal()
                && again.count(AccountClass.SPAM) == summary.count(AccountClass.SPAM)
                && summary.count(AccountClass.SPAM) >= expectedSpam
                && summary.count(AccountClass.ACTIVE) >= expectedActive && run.getDeleted() == unused.size()
                && naiveSpam == countSpam(jdbc, ids);
        System.out.println(correct ? "counts: OK" : "counts: WRONG (per-customer spam " + naiveSpam + ")");
        return correct ? 0 : 1;
    }

    /** Customers with {@code i % 20} in [from, to] among the seeded ones. */
    private static long expected(int customers, int from, int to) {
        long count = 0;
        for (int kind = from; kind <= to; kind++) {
            count += customers / 20 + (kind < customers % 20 ? 1 : 0);
        }
        return count;
    }

    private static int countSpam(JdbcTemplate jdbc, List<Long> ids) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM CM_ACCOUNT_AUDIT_RESULT WHERE ACCOUNT_CLASS = 'SPAM'"
                + " AND CUSTOMER_ID BETWEEN ? AND ?", Integer.class, ids.get(0), ids.get(ids.size() - 1));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
