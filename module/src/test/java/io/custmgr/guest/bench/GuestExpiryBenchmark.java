package io.custmgr.guest.bench;

import io.custmgr.guest.service.GuestExpiryReport;
import io.custmgr.guest.service.GuestExpiryService;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.HeapSampler;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Locale;

import javax.sql.DataSource;

/**
 * Guest expiry over many guest profiles (bin/bench-guest-expiry): boots the integration-test Broadleaf context on a
 * fresh database, seeds guests with JDBC batches, runs {@code cmGuestExpiryService} once (timed, heap sampled), checks
 * the counts against what was seeded, then runs it again (must change nothing). Settings (system properties):
 * {@code custmgr.bench.db} postgres | hsqldb (default: postgres when 127.0.0.1:5432 answers), {@code
 * custmgr.bench.guests} (1,000,000), {@code custmgr.bench.pg.server} / {@code .pg.database} / {@code .pg.user}
 * (password: environment CUSTMGR_BENCH_PG_PASSWORD). Exit 1 when counts are wrong, 2 when the run failed.
 */
public final class GuestExpiryBenchmark {

    static final double TARGET_PER_SECOND = 20000;
    static final long MB = 1024L * 1024L;

    private GuestExpiryBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(GuestExpiryBenchmark::run);
    }

    private static int run() throws Exception {
        int guests = Integer.getInteger("custmgr.bench.guests", 1000000);
        String db = BenchDatabase.choose();
        System.out.println("Guest expiry benchmark: " + String.format(Locale.ROOT, "%,d", guests) + " guest profiles on "
                + db + ", max heap " + Runtime.getRuntime().maxMemory() / MB + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores");

        long t0 = System.nanoTime();
        ApplicationContext context = BroadleafTestContext.get();
        System.out.println("context started in " + seconds(System.nanoTime() - t0) + " s");
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();

        GuestSeeder seeder = new GuestSeeder(dataSource);
        long t1 = System.nanoTime();
        seeder.seed(guests);
        double seedSeconds = seconds(System.nanoTime() - t1);
        System.out.println(String.format(Locale.ROOT, "seeded %,d rows in %.1f s (%,.0f rows/s)", seeder.rows(),
                seedSeconds, seeder.rows() / seedSeconds));
        if (!"hsqldb".equals(db)) {
            BenchDatabase.analyze(dataSource); // fresh statistics, as autovacuum would have them on a live database
        }

        GuestExpiryService service = context.getBean("cmGuestExpiryService", GuestExpiryService.class);
        long baseline = HeapSampler.usedAfterGc();
        HeapSampler sampler = new HeapSampler();
        long[] gcBefore = HeapSampler.collections();
        sampler.start();
        GuestExpiryReport report = service.expireGuests();
        sampler.stop();
        long[] gcAfter = HeapSampler.collections();
        long poolPeaks = HeapSampler.poolPeaks();
        long oldPeak = HeapSampler.oldGenerationPeak();
        long retained = HeapSampler.usedAfterGc();

        GuestExpiryReport second = service.expireGuests();
        long anonymized = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CM_GUEST_ANONYMIZED IS NOT NULL", Long.class);

        double perSecond = report.getExamined() * 1000.0 / Math.max(1, report.getDurationMs());
        StringBuilder quarters = new StringBuilder();
        for (long peak : sampler.peakPerPart(4)) {
            quarters.append(quarters.length() == 0 ? "" : " / ").append(peak / MB);
        }
        System.out.println();
        System.out.println("=== Guest expiry (" + db + ") ===");
        System.out.println(String.format(Locale.ROOT, "examined            %,d guest profiles", report.getExamined()));
        System.out.println(String.format(Locale.ROOT, "expired             %,d (expected %,d)", report.getExpired(),
                seeder.expectedExpired()));
        System.out.println(String.format(Locale.ROOT, "kept, open orders   %,d (expected %,d)",
                report.getKeptForOpenOrders(), seeder.expectedKeptOpen()));
        System.out.println(String.format(Locale.ROOT, "duration            %.1f s", report.getDurationMs() / 1000.0));
        System.out.println(String.format(Locale.ROOT, "throughput          %,.0f profiles/s (target >= %,.0f: %s)",
                perSecond, TARGET_PER_SECOND, perSecond >= TARGET_PER_SECOND ? "met" : "MISSED"));
        System.out.println(String.format(Locale.ROOT, "heap before run     %d MB used after GC", baseline / MB));
        System.out.println(String.format(Locale.ROOT, "heap peak           %d MB sampled (%d samples), %d MB sum of pool peaks",
                sampler.peak() / MB, sampler.samples(), poolPeaks / MB));
        System.out.println("heap peak/quarter   " + quarters + " MB");
        System.out.println(String.format(Locale.ROOT, "old generation peak %d MB (%d collections, %d ms, during the run)",
                oldPeak / MB, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]));
        System.out.println(String.format(Locale.ROOT, "heap after run      %d MB used after GC", retained / MB));
        System.out.println(String.format(Locale.ROOT, "second run          examined %,d, expired %,d, %.1f s",
                second.getExamined(), second.getExpired(), second.getDurationMs() / 1000.0));
        System.out.println(String.format(Locale.ROOT, "anonymized rows     %,d", anonymized));

        boolean correct = report.getExpired() == seeder.expectedExpired()
                && report.getKeptForOpenOrders() == seeder.expectedKeptOpen()
                && report.getExamined() == guests && second.getExpired() == 0 && anonymized == seeder.expectedExpired();
        System.out.println(correct ? "counts: OK" : "counts: WRONG");
        return correct ? 0 : 1;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
