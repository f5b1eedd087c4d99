package io.custmgr.company.bench;

import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyAdminService;
import io.custmgr.company.service.CompanyDraft;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyOrderService;
import io.custmgr.company.service.CompanyOrderView;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.Membership;
import io.custmgr.test.BenchDatabase;
import io.custmgr.test.BenchmarkMain;
import io.custmgr.test.BroadleafTestContext;
import io.custmgr.test.Latencies;
import io.custmgr.test.SeedInserts;
import io.custmgr.test.StatementCounter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * A company with many members and orders (bin/bench-company-orders): boots the integration-test Broadleaf context on a
 * fresh PostgreSQL database, makes a company through the services (ten business units under the root), seeds set-based
 * 1,000 members (one administrator, a tenth approvers of their unit, the rest buyers) and 100,000 placed company
 * orders spread over them, then times the pages: the company orders page of the administrator (every order), of an
 * approver (its unit's), the member's order list of a buyer (its own), and the admin's Orders tab — each a page of 25
 * and the total, as the pages ask — and prints p50 / p95 and the SQL statements per page. Settings:
 * {@code custmgr.bench.members} (1,000), {@code custmgr.bench.orders} (100,000), {@code custmgr.bench.calls} (200
 * per page after 50 warm-up calls), {@code custmgr.bench.pg.*}. Exit 1 when a page shows the wrong orders, 2 when the
 * run failed.
 */
public final class CompanyOrdersBenchmark {

    static final long FIRST_CUSTOMER = 5000001L;
    static final long FIRST_ORDER = 7000001L;
    static final int UNITS = 10;
    static final int PAGE = 25;

    private CompanyOrdersBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.exit(CompanyOrdersBenchmark::run);
    }

    private static int run() throws Exception {
        int members = Integer.getInteger("custmgr.bench.members", 1000);
        int orders = Integer.getInteger("custmgr.bench.orders", 100000);
        int calls = Integer.getInteger("custmgr.bench.calls", 200);
        String db = BenchDatabase.choose();
        if (!"postgres".equals(db)) {
            System.out.println("The company orders benchmark seeds with PostgreSQL's generate_series: start PostgreSQL");
            return 2;
        }
        System.out.println(String.format(Locale.ROOT, "Company orders benchmark: %,d members, %,d orders on %s, %d cores",
                members, orders, db, Runtime.getRuntime().availableProcessors()));
        ApplicationContext context = BroadleafTestContext.get();
        DataSource dataSource = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        CompanyService companies = context.getBean("cmCompanyService", CompanyService.class);
        CompanyMemberService memberService = context.getBean("cmCompanyMemberService", CompanyMemberService.class);
        CompanyOrderService orderService = context.getBean("cmCompanyOrderService", CompanyOrderService.class);
        CompanyAdminService admin = context.getBean("cmCompanyAdminService", CompanyAdminService.class);

        long t0 = System.nanoTime();
        Company company = companies.createCompany(new CompanyDraft("Benchmark Co " + System.currentTimeMillis(), null,
                null, null));
        long root = companies.findUnits(company.getId()).get(0).getId();
        long[] units = new long[UNITS];
        for (int u = 0; u < UNITS; u++) {
            units[u] = companies.addUnit(company.getId(), root, "Unit " + u).getId();
        }
        seed(jdbc, dataSource, company, companies.findRoles(company.getId()), units, members, orders);
        BenchDatabase.analyze(dataSource);
        System.out.println(String.format(Locale.ROOT, "seeded in %.1f s", (System.nanoTime() - t0) / 1e9));

        Membership administrator = memberService.findMembership(FIRST_CUSTOMER);
        Membership approver = memberService.findMembership(FIRST_CUSTOMER + 10);
        Membership buyer = memberService.findMembership(FIRST_CUSTOMER + 1);
        boolean ok = check("administrator's company orders", orderService.countOrders(administrator), orders)
                & check("approver's unit orders", orderService.countOrders(approver),
                        jdbc.queryForObject("SELECT COUNT(*) FROM CM_COMPANY_ORDER WHERE UNIT_ID = ? OR CUSTOMER_ID = ?",
                                Long.class, approver.getUnitIds().get(0), approver.getCustomerId()))
                & check("buyer's own orders", orderService.countOrders(buyer), jdbc.queryForObject(
                        "SELECT COUNT(*) FROM CM_COMPANY_ORDER WHERE CUSTOMER_ID = ?", Long.class, buyer.getCustomerId()))
                & check("admin Orders tab", admin.countOrders(company.getId()), orders);
        List<CompanyOrderView> buyerPage = orderService.findOrders(buyer, 0, PAGE);
        for (CompanyOrderView view : buyerPage) {
            ok &= view.getPlacedById() == buyer.getCustomerId();
        }

        time("company orders page, administrator (all orders)", calls,
                () -> orderService.findOrders(administrator, 0, PAGE).size() + orderService.countOrders(administrator));
        time("company orders page, approver (its unit's)", calls,
                () -> orderService.findOrders(approver, 0, PAGE).size() + orderService.countOrders(approver));
        time("member's order list, buyer (its own)", calls,
                () -> orderService.findOrders(buyer, 0, PAGE).size() + orderService.countOrders(buyer));
        time("admin Companies → Orders tab", calls,
                () -> admin.findOrders(company.getId(), 0, 50).size() + admin.countOrders(company.getId()));
        System.out.println("load average " + new String(Files.readAllBytes(Paths.get("/proc/loadavg"))).trim());
        System.out.println(ok ? "checks passed" : "CHECKS FAILED");
        return ok ? 0 : 1;
    }

    private static boolean check(String what, long actual, long expected) {
        if (actual != expected) {
            System.out.println(String.format(Locale.ROOT, "%s: %,d, expected %,d", what, actual, expected));
        }
        return actual == expected;
    }

    private static void time(String page, int calls, Supplier<Object> call) {
        for (int i = 0; i < 50; i++) {
            call.get();
        }
        Latencies latencies = new Latencies();
        long statements = 0;
        for (int i = 0; i < calls; i++) {
            long before = StatementCounter.current();
            long start = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - start);
            statements = StatementCounter.current() - before;
        }
        System.out.println(String.format(Locale.ROOT, "%-50s %s, %d SQL statements", page, latencies.summary(),
                statements));
    }

    /**
     * Members: the first the administrator (root unit), every tenth an approver, the others buyers, each in unit
     * (index mod 10). Orders: spread round-robin over the members, a minute apart, each in its member's unit.
     */
    private static void seed(JdbcTemplate jdbc, DataSource dataSource, Company company, List<CompanyRoleImpl> roles,
            long[] units, int members, int orders) throws Exception {
        long last = FIRST_CUSTOMER + members - 1;
        SeedInserts.insert(jdbc, dataSource, "BLC_CUSTOMER", Arrays.asList("CUSTOMER_ID", "USER_NAME",
                "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME", "IS_REGISTERED", "DATE_CREATED"), "SELECT g, 'cb' || g,"
                + " 'cb' || g || '@example.com', 'Member', 'No ' || g, TRUE, CURRENT_TIMESTAMP FROM generate_series("
                + FIRST_CUSTOMER + ", " + last + ") g");
        jdbc.update("INSERT INTO CM_COMPANY_MEMBER (CUSTOMER_ID, COMPANY_ID, JOINED_DATE, ADDED_BY) SELECT g, ?,"
                + " CURRENT_TIMESTAMP, 'bench' FROM generate_series(" + FIRST_CUSTOMER + ", " + last + ") g",
                company.getId());
        String unitOf = "CASE (g - " + FIRST_CUSTOMER + ") % " + UNITS + unitCases(units) + " END";
        jdbc.update("INSERT INTO CM_COMPANY_MEMBER_UNIT (CUSTOMER_ID, UNIT_ID) SELECT g, " + unitOf
                + " FROM generate_series(" + FIRST_CUSTOMER + ", " + last + ") g");
        jdbc.update("INSERT INTO CM_COMPANY_MEMBER_ROLE (CUSTOMER_ID, ROLE_ID) SELECT g, CASE WHEN g = "
                + FIRST_CUSTOMER + " THEN " + role(roles, CompanyService.ADMINISTRATOR) + " WHEN (g - "
                + FIRST_CUSTOMER + ") % 10 = 0 THEN " + role(roles, CompanyService.APPROVER) + " ELSE "
                + role(roles, CompanyService.BUYER) + " END FROM generate_series(" + FIRST_CUSTOMER + ", " + last
                + ") g");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BLC_CURRENCY WHERE CURRENCY_CODE = 'USD'", Long.class) == 0) {
            jdbc.update("INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD',"
                    + " 'US Dollar', TRUE)");
        }
        String member = FIRST_CUSTOMER + " + (g - " + FIRST_ORDER + ") % " + members;
        SeedInserts.insert(jdbc, dataSource, "BLC_ORDER", Arrays.asList("ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS",
                "ORDER_NUMBER", "SUBMIT_DATE", "ORDER_TOTAL", "CURRENCY_CODE"), "SELECT g, " + member
                + ", 'SUBMITTED', 'CB' || g, CURRENT_TIMESTAMP - (g * INTERVAL '1' MINUTE), 10, 'USD'"
                + " FROM generate_series(" + FIRST_ORDER + ", " + (FIRST_ORDER + orders - 1) + ") g");
        jdbc.update("INSERT INTO CM_COMPANY_ORDER (ORDER_ID, COMPANY_ID, UNIT_ID, CUSTOMER_ID, PLACED_DATE) SELECT"
                + " o.ORDER_ID, ?, u.UNIT_ID, o.CUSTOMER_ID, o.SUBMIT_DATE FROM BLC_ORDER o JOIN CM_COMPANY_MEMBER_UNIT u"
                + " ON u.CUSTOMER_ID = o.CUSTOMER_ID WHERE o.ORDER_ID >= " + FIRST_ORDER, company.getId());
    }

    private static String unitCases(long[] units) {
        StringBuilder cases = new StringBuilder();
        for (int u = 0; u < units.length; u++) {
            cases.append(" WHEN ").append(u).append(" THEN ").append(units[u]);
        }
        return cases.toString();
    }

    private static long role(List<CompanyRoleImpl> roles, String name) {
        for (CompanyRoleImpl role : roles) {
            if (role.getName().equals(name)) {
                return role.getId();
            }
        }
        throw new IllegalStateException("no role " + name);
    }
}
