package io.custmgr.search.export.bench;

import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.SelectedIds;
import io.custmgr.search.export.service.CustomerExporter;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.CountingStream;
import io.custmgr.test.HeapSampler;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Customer export over many customers (bin/bench-export): boots the integration-test Broadleaf context on a fresh
 * database, seeds customers set-based ({@link ExportSeeder}), exports all of them with every column as CSV to a stream
 * that only counts bytes (timed, heap sampled), then as XLSX to a temporary file (timed, then deleted). Settings (system
 * properties): {@code custmgr.bench.customers} (1,000,000), {@code custmgr.bench.xlsx} (true), and those of {@link
 * BenchDatabase} ({@code custmgr.bench.seeded}: export the customers an earlier run seeded, as bin/bench-search
 * does). Exit 1 when a row count is wrong, 2 when the run failed.
 */
public final class CustomerExportBenchmark {

    static final double TARGET_ROWS_PER_SECOND = 50000;
    static final long TARGET_HEAP_MB = 256;
    static final long MB = 1024L * 1024L;

    private CustomerExportBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(CustomerExportBenchmark::run);
    }

    private static int run() throws Exception {
        int customers = Integer.getInteger("custmgr.bench.customers", 1000000);
        String db = BenchDatabase.choose();
        System.out.println("Customer export benchmark: " + String.format(Locale.ROOT, "%,d", customers)
                + " customers on " + db + ", max heap " + Runtime.getRuntime().maxMemory() / MB + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        long t0 = System.nanoTime();
        ApplicationContext context = BroadleafTestContext.get();
        System.out.println("context started in " + seconds(System.nanoTime() - t0) + " s");
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();

        if (BenchDatabase.seeded()) {
            customers = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM BLC_CUSTOMER", Integer.class);
            System.out.println(String.format(Locale.ROOT, "using the %,d customers seeded earlier", customers));
        } else {
            ExportSeeder seeder = new ExportSeeder(dataSource);
            long t1 = System.nanoTime();
            seeder.seed(customers);
            System.out.println(String.format(Locale.ROOT, "seeded %,d rows in %.1f s", seeder.rows(),
                    seconds(System.nanoTime() - t1)));
            if ("postgres".equals(db)) {
                BenchDatabase.analyze(dataSource);
            }
        }
        CustomerExporter exporter = context.getBean("cmCustomerExporter", CustomerExporter.class);
        List<ExportColumn> columns = ExportColumn.all();
        warmUp(exporter, columns, Math.min(customers, 20000));

        long baseline = HeapSampler.usedAfterGc();
        HeapSampler sampler = new HeapSampler();
        long[] gcBefore = HeapSampler.collections();
        CountingStream csv = new CountingStream();
        sampler.start();
        long t2 = System.nanoTime();
        long csvRows = exporter.export(exporter.allCustomers(), columns, ExportFormat.CSV, csv);
        double csvSeconds = seconds(System.nanoTime() - t2);
        sampler.stop();
        long[] gcAfter = HeapSampler.collections();
        long poolPeaks = HeapSampler.poolPeaks();
        double csvRate = csvRows / csvSeconds;

        System.out.println();
        System.out.println("=== Customer export (" + db + ", " + columns.size() + " columns) ===");
        System.out.println(String.format(Locale.ROOT, "CSV rows            %,d (expected %,d), %,d MB written",
                csvRows, customers, csv.bytes() / MB));
        System.out.println(String.format(Locale.ROOT, "CSV duration        %.1f s", csvSeconds));
        System.out.println(String.format(Locale.ROOT, "CSV throughput      %,.0f rows/s (target >= %,.0f: %s)", csvRate,
                TARGET_ROWS_PER_SECOND, csvRate >= TARGET_ROWS_PER_SECOND ? "met" : "MISSED"));
        System.out.println(String.format(Locale.ROOT, "heap before run     %d MB used after GC", baseline / MB));
        System.out.println(String.format(Locale.ROOT, "heap peak           %d MB sampled (%d samples), %d MB sum of"
                + " pool peaks (target < %d MB: %s)", sampler.peak() / MB, sampler.samples(), poolPeaks / MB,
                TARGET_HEAP_MB, sampler.peak() / MB < TARGET_HEAP_MB ? "met" : "MISSED"));
        System.out.println("heap peak/quarter   " + quarters(sampler) + " MB");
        System.out.println(String.format(Locale.ROOT, "GC during CSV       %d collections, %d ms",
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]));

        long xlsxRows = customers;
        if (Boolean.parseBoolean(System.getProperty("custmgr.bench.xlsx", "true"))) {
            xlsxRows = xlsx(exporter, columns);
        }
        boolean correct = csvRows == customers && xlsxRows == customers;
        System.out.println(correct ? "counts: OK" : "counts: WRONG");
        return correct ? 0 : 1;
    }

    private static long xlsx(CustomerExporter exporter, List<ExportColumn> columns) throws IOException {
        File file = File.createTempFile("custmgr-export-bench", ".xlsx");
        try {
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long t = System.nanoTime();
            long rows;
            OutputStream out = new BufferedOutputStream(new FileOutputStream(file), 64 * 1024);
            try {
                rows = exporter.export(exporter.allCustomers(), columns, ExportFormat.XLSX, out);
            } finally {
                out.close();
            }
            double xlsxSeconds = seconds(System.nanoTime() - t);
            sampler.stop();
            System.out.println(String.format(Locale.ROOT, "XLSX rows           %,d, %,d MB file, %.1f s: %,.0f rows/s,"
                    + " heap peak %d MB", rows, file.length() / MB, xlsxSeconds, rows / xlsxSeconds,
                    sampler.peak() / MB));
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            if (!file.delete()) {
                file.deleteOnExit();
            }
        }
    }

    /** The first batches of the selection path, so the timed run measures compiled code. */
    private static void warmUp(CustomerExporter exporter, List<ExportColumn> columns, int customers)
            throws IOException {
        List<Long> ids = new ArrayList<Long>();
        for (long id = 1; id <= customers; id++) {
            ids.add(id);
        }
        long t = System.nanoTime();
        exporter.export(new SelectedIds(ids), columns, ExportFormat.CSV, new CountingStream());
        System.out.println(String.format(Locale.ROOT, "warm-up: %,d customers in %.1f s", customers,
                seconds(System.nanoTime() - t)));
    }

    private static String quarters(HeapSampler sampler) {
        StringBuilder quarters = new StringBuilder();
        for (long peak : sampler.peakPerPart(4)) {
            quarters.append(quarters.length() == 0 ? "" : " / ").append(peak / MB);
        }
        return quarters.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
