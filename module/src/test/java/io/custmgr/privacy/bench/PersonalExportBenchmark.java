package io.custmgr.privacy.bench;

import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.privacy.export.service.PersonalDataExporter;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.CountingStream;
import io.custmgr.test.HeapSampler;
import io.custmgr.test.InsertBatch;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The personal data export of one big customer (bin/bench-personal-export): boots the integration-test context on a
 * fresh database in a JVM with a small heap, seeds one customer with {@code custmgr.bench.pageViews} page views
 * (100,000) and {@code custmgr.bench.orders} placed orders (1,000, two lines each) by JDBC batches, exports the
 * customer with {@code cmPersonalDataExporter} into a stream that counts the bytes (timed) and prints the time, the
 * records and the heap: sampled peak and the heap pools' peaks, against the heap before the run. Checks the record
 * count. Exit 1 when a check fails, 2 when the run failed.
 */
public final class PersonalExportBenchmark {

    static final long CUSTOMER_ID = 950000001L;
    static final long MB = 1024L * 1024L;
    static final int BATCH = 5000;

    private PersonalExportBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(PersonalExportBenchmark::run);
    }

    private static int run() throws Exception {
        int pageViews = Integer.getInteger("custmgr.bench.pageViews", 100000);
        int orders = Integer.getInteger("custmgr.bench.orders", 1000);
        String db = BenchDatabase.choose();
        System.out.println(String.format(Locale.ROOT, "Personal data export benchmark: one customer with %,d page views"
                + " and %,d orders on %s, %d cores, max heap %d MB", pageViews, orders, db,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB));
        ApplicationContext context = BroadleafTestContext.get();
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        long t0 = System.nanoTime();
        long rows = seed(dataSource, pageViews, orders);
        System.out.println(String.format(Locale.ROOT, "seeded %,d rows in %.1f s", rows, (System.nanoTime() - t0) / 1e9));
        if ("postgres".equals(db)) {
            BenchDatabase.analyze(dataSource);
        }
        PersonalDataExporter exporter = context.getBean("cmPersonalDataExporter", PersonalDataExporter.class);

        long baseline = HeapSampler.usedAfterGc();
        HeapSampler sampler = new HeapSampler();
        CountingStream zip = new CountingStream();
        sampler.start();
        long t1 = System.nanoTime();
        long records = exporter.export(CUSTOMER_ID, zip, null);
        double seconds = (System.nanoTime() - t1) / 1e9;
        sampler.stop();
        long poolPeaks = HeapSampler.poolPeaks();
        long oldPeak = HeapSampler.oldGenerationPeak();

        System.out.println(String.format(Locale.ROOT, "exported %,d records (%,d KB zipped) in %.1f s", records,
                zip.bytes() / 1024, seconds));
        System.out.println(String.format(Locale.ROOT, "heap: %d MB used before the run (after GC), peak %d MB sampled"
                + " (%d samples), %d MB sum of pool peaks, %d MB old generation peak; max heap %d MB", baseline / MB,
                sampler.peak() / MB, sampler.samples(), poolPeaks / MB, oldPeak / MB,
                Runtime.getRuntime().maxMemory() / MB));
        long expected = 1 + 1 + pageViews + orders * 3L; // profile, address, views, orders + payments + fulfillment
        boolean ok = records == expected;
        System.out.println(ok ? "checks passed" : "CHECKS FAILED: expected " + expected + " records");
        return ok ? 0 : 1;
    }

    private static long seed(DataSource dataSource, int pageViews, int orders) throws SQLException {
        RowInserter.ensureCountry(dataSource, "CH", "Switzerland");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            InsertBatch people = new InsertBatch(connection, new RowInserter(dataSource, "BLC_CUSTOMER", "CUSTOMER_ID",
                    "USER_NAME", "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME", "IS_REGISTERED", "DATE_CREATED"));
            InsertBatch addresses = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ADDRESS",
                    "ADDRESS_ID", "ADDRESS_LINE1", "CITY", "POSTAL_CODE", "COUNTRY", "FIRST_NAME", "LAST_NAME"));
            InsertBatch customerAddresses = new InsertBatch(connection, new RowInserter(dataSource,
                    "BLC_CUSTOMER_ADDRESS", "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", "ADDRESS_ID", "ADDRESS_NAME"));
            InsertBatch orderRows = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER", "ORDER_ID",
                    "CUSTOMER_ID", "ORDER_STATUS", "ORDER_NUMBER", "EMAIL_ADDRESS", "ORDER_TOTAL", "SUBMIT_DATE"));
            InsertBatch items = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER_ITEM",
                    "ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY", "PRICE"));
            InsertBatch payments = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER_PAYMENT",
                    "ORDER_PAYMENT_ID", "ORDER_ID", "AMOUNT", "PAYMENT_TYPE"));
            InsertBatch groups = new InsertBatch(connection, new RowInserter(dataSource, "BLC_FULFILLMENT_GROUP",
                    "FULFILLMENT_GROUP_ID", "ORDER_ID", "ADDRESS_ID", "STATUS"));
            InsertBatch views = new InsertBatch(connection, new RowInserter(dataSource, "CM_PAGE_VIEW", "PAGE_VIEW_ID",
                    "CUSTOMER_ID", "VIEW_TIME", "URL", "IP_ADDRESS", "USER_AGENT"));
            InsertBatch[] all = {people, addresses, customerAddresses, orderRows, items, payments, groups, views};
            String email = "big-exporter@example.com";
            people.add(CUSTOMER_ID, email, email, "Bea", "Big", Boolean.TRUE, now);
            addresses.add(CUSTOMER_ID, "1 Home Street", "Zurich", "8000", "CH", "Bea", "Big");
            customerAddresses.add(CUSTOMER_ID, CUSTOMER_ID, CUSTOMER_ID, "home");
            for (int i = 0; i < orders; i++) {
                long order = CUSTOMER_ID + 1 + i;
                orderRows.add(order, CUSTOMER_ID, "SUBMITTED", "BIG" + i, email, new BigDecimal("39.80"), now);
                items.add(order * 2, order, "Tea", 1, new BigDecimal("19.90"));
                items.add(order * 2 + 1, order, "Mug", 1, new BigDecimal("19.90"));
                payments.add(order, order, new BigDecimal("39.80"), "CREDIT_CARD");
                groups.add(order, order, CUSTOMER_ID, "FULFILLED");
            }
            for (int v = 0; v < pageViews; v++) {
                views.add(CUSTOMER_ID + v, CUSTOMER_ID, now, "/tea?page=" + v, "198.51.100.7", "Bench/1.0");
                if (v % BATCH == BATCH - 1) {
                    flush(connection, all);
                }
            }
            flush(connection, all);
            for (InsertBatch batch : all) {
                rows += batch.rows();
                batch.close();
            }
            connection.setAutoCommit(true);
        }
        return rows;
    }

    private static void flush(Connection connection, InsertBatch[] batches) throws SQLException {
        for (InsertBatch batch : batches) {
            batch.execute();
        }
        connection.commit();
    }
}
