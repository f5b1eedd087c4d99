package io.custmgr.privacy.bench;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.privacy.service.ErasureBatchJob;
import io.custmgr.privacy.service.ErasureBatchResult;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The erasure's batch job over many customers (bin/bench-erasure): boots the integration-test Broadleaf context on a
 * fresh database, seeds customers with orders, payments, addresses and page views ({@link ErasureSeeder}), erases them
 * all with {@code cmErasureBatchJob} (timed) and checks that every customer is erased, no page view, order e-mail or
 * payment transaction IP is left, and the orders' total is what it was. Settings (system properties): {@code custmgr.bench.db} postgres | hsqldb,
 * {@code custmgr.bench.customers} (100,000), {@code custmgr.bench.pg.*} as for the other benchmarks. Exit 1 when a
 * check fails, 2 when the run failed.
 */
public final class ErasureBenchmark {

    static final double TARGET_PER_SECOND = 5000;

    private ErasureBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(ErasureBenchmark::run);
    }

    private static int run() throws Exception {
        int customers = Integer.getInteger("custmgr.bench.customers", 100000);
        String db = BenchDatabase.choose();
        System.out.println("Erasure benchmark: " + String.format(Locale.ROOT, "%,d", customers) + " customers on " + db
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        ApplicationContext context = BroadleafTestContext.get();
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        ErasureSeeder seeder = new ErasureSeeder(dataSource);
        long t0 = System.nanoTime();
        List<Long> ids = seeder.seed(customers);
        System.out.println(String.format(Locale.ROOT, "seeded %,d rows in %.1f s", seeder.rows(),
                (System.nanoTime() - t0) / 1e9));
        if ("postgres".equals(db)) {
            BenchDatabase.analyze(dataSource);
        }
        BigDecimal totalBefore = jdbc.queryForObject("SELECT SUM(ORDER_TOTAL) FROM BLC_ORDER", BigDecimal.class);

        ErasureBatchJob job = context.getBean("cmErasureBatchJob", ErasureBatchJob.class);
        long t1 = System.nanoTime();
        ErasureBatchResult result = job.eraseAll(ids, AuditActor.system(), "benchmark");
        double seconds = (System.nanoTime() - t1) / 1e9;

        long erased = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CM_ERASED_DATE IS NOT NULL",
                Long.class);
        long views = jdbc.queryForObject("SELECT COUNT(*) FROM CM_PAGE_VIEW", Long.class);
        long emails = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE EMAIL_ADDRESS IS NOT NULL", Long.class);
        long orders = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER", Long.class);
        long ips = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER_PAYMENT_TRANSACTION"
                + " WHERE CUSTOMER_IP_ADDRESS IS NOT NULL", Long.class);
        BigDecimal totalAfter = jdbc.queryForObject("SELECT SUM(ORDER_TOTAL) FROM BLC_ORDER", BigDecimal.class);
        double perSecond = result.getErased().size() / seconds;
        System.out.println(String.format(Locale.ROOT, "erased %,d customers in %.1f s: %,.0f customers/s (target %,.0f)"
                + "; refused %d; orders kept %,d, total %s (before %s); page views left %d, order e-mails left %d,"
                + " payment IPs left %d", result.getErased().size(), seconds, perSecond, TARGET_PER_SECOND,
                result.getRefused().size(), orders, totalAfter, totalBefore, views, emails, ips));
        boolean ok = erased == customers && result.getErased().size() == customers && views == 0 && emails == 0
                && ips == 0
                && orders == customers && totalBefore.compareTo(totalAfter) == 0;
        System.out.println(ok ? "checks passed" : "CHECKS FAILED");
        return ok ? 0 : 1;
    }
}
