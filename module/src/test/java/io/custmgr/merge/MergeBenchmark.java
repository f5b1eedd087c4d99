package io.custmgr.merge;

import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.merge.service.MergeResult;
import io.custmgr.merge.service.MergeStepReport;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.StatementCounter;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Locale;

/**
 * Account merge of two large customers (bin/bench-merge): boots the integration-test Broadleaf context on a fresh
 * database (see {@link BenchDatabase}), seeds the customer to absorb with {@code custmgr.bench.orders} placed orders
 * (10,000) and {@code custmgr.bench.pageViews} page views (100,000), a tenth as many activity events and a few
 * addresses, the survivor with a hundredth of each, merges a small pair first (warm-up: Hibernate's first queries,
 * JIT), then times the big merge and counts the SQL statements it sent (every statement of the merging thread, lock
 * and audit included). Exit 1 when the rows did not all move, 2 when the run failed.
 */
public final class MergeBenchmark {

    static final double TARGET_SECONDS = 2.0;

    private MergeBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(MergeBenchmark::run);
    }

    private static int run() throws Exception {
        int orders = Integer.getInteger("custmgr.bench.orders", 10000);
        int pageViews = Integer.getInteger("custmgr.bench.pageViews", 100000);
        String db = BenchDatabase.choose();
        System.out.println(String.format(Locale.ROOT, "Merge benchmark: %,d orders and %,d page views to move, on %s",
                orders, pageViews, db));
        ApplicationContext context = BroadleafTestContext.get();
        JpaTransactionManager transactions = context.getBean("blTransactionManager", JpaTransactionManager.class);
        CommittedCustomers customers = new CommittedCustomers(transactions,
                context.getBean("blCustomerService", CustomerService.class),
                context.getBean("blOrderService", OrderService.class));
        MergeFixtures data = new MergeFixtures(customers, transactions.getDataSource());
        CustomerMergeService merges = context.getBean("cmCustomerMergeService", CustomerMergeService.class);

        Customer warmSurvivor = customers.registered("warm-survivor@example.com");
        Customer warmAbsorbed = customers.registered("warm-absorbed@example.com");
        seed(data, warmSurvivor.getId(), warmAbsorbed.getId(), 10, 100);
        merge(merges, warmSurvivor, warmAbsorbed);

        Customer survivor = customers.registered("survivor@example.com");
        Customer absorbed = customers.registered("absorbed@example.com");
        long t0 = System.nanoTime();
        seed(data, survivor.getId(), absorbed.getId(), orders, pageViews);
        System.out.println(String.format(Locale.ROOT, "seeded in %.1f s", (System.nanoTime() - t0) / 1e9));
        if (!"hsqldb".equals(db)) {
            BenchDatabase.analyze(transactions.getDataSource());
        }

        long statementsBefore = StatementCounter.current();
        long start = System.nanoTime();
        MergeResult result = merge(merges, survivor, absorbed);
        double seconds = (System.nanoTime() - start) / 1e9;
        long statements = StatementCounter.current() - statementsBefore;

        long movedOrders = customers.count("BLC_ORDER WHERE CUSTOMER_ID = ?", survivor.getId());
        long movedViews = customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", survivor.getId());
        long left = customers.count("BLC_ORDER WHERE CUSTOMER_ID = ?", absorbed.getId())
                + customers.count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", absorbed.getId());
        System.out.println();
        System.out.println("=== Account merge (" + db + ") ===");
        System.out.println(String.format(Locale.ROOT, "orders now the survivor's      %,d", movedOrders));
        System.out.println(String.format(Locale.ROOT, "page views now the survivor's  %,d", movedViews));
        System.out.println(String.format(Locale.ROOT, "rows left with the absorbed    %,d", left));
        System.out.println(String.format(Locale.ROOT, "merge duration                 %.3f s (target < %.0f s: %s)", seconds,
                TARGET_SECONDS, seconds < TARGET_SECONDS ? "met" : "MISSED"));
        System.out.println(String.format(Locale.ROOT, "SQL statements                 %d (whatever the row counts)", statements));
        System.out.println("moved: " + result.summary());
        StringBuilder perStep = new StringBuilder();
        for (MergeStepReport step : result.getSteps()) {
            perStep.append(perStep.length() == 0 ? "" : ", ").append(step.getKey()).append(' ').append(step.getMillis())
                    .append(" ms");
        }
        System.out.println("per step: " + perStep);
        boolean correct = left == 0 && movedOrders == orders + orders / 100 && movedViews == pageViews + pageViews / 100;
        System.out.println(correct ? "counts: OK" : "counts: WRONG");
        return correct ? 0 : 1;
    }

    private static void seed(MergeFixtures data, long survivor, long absorbed, int orders, int pageViews)
            throws Exception {
        data.submittedOrders(absorbed, orders);
        data.pageViews(absorbed, pageViews);
        data.activityEvents(absorbed, pageViews / 10);
        data.submittedOrders(survivor, orders / 100);
        data.pageViews(survivor, pageViews / 100);
        for (int i = 0; i < 5; i++) {
            data.address(absorbed, "Address " + i, i + " Bench Street", "Springfield", "1234" + i);
        }
        data.address(survivor, "Home", "0 Bench Street", "Springfield", "12340");
    }

    private static MergeResult merge(CustomerMergeService merges, Customer survivor, Customer absorbed) {
        return merges.merge(new MergeRequest(survivor.getId(), absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));
    }
}
