package io.custmgr.search.export.bench;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * Seeds customers set-based: a helper table of the numbers 1..n (JDBC batches of one column), then one
 * {@code INSERT ... SELECT} per table over it, in SQL HSQLDB and PostgreSQL share (date arithmetic aside). Customer n
 * (id n) has every column the export and the search index read, varied the way real data varies: one of 50 x 40 first
 * and last names, an e-mail address and user name made of them, a company (one of 5,000; every tenth starts with "=",
 * so the neutralising runs), a phone, a registration IP, a date of birth over 55 years, a registration date over four
 * years, one active default address (one of 9,000 postal codes, four cities), a group for every second customer, two
 * orders (every fourth customer's second one is a cart), a page view with an IP for every fifth and a login event for
 * the next; with order items, the placed first order holds one of 200 products (name and SKU).
 */
public final class ExportSeeder {

    static final String NUMBERS = "CM_BENCH_NUMBERS";
    static final String NAMES = "CM_BENCH_NAMES";
    public static final String[] LAST_NAMES = {"Meier", "Mueller", "Schmid", "Keller", "Weber", "Huber", "Schneider",
        "Meyer", "Steiner", "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer",
        "Wyss", "Graf", "Roth", "Suter", "Baumgartner", "Bachmann", "Studer", "Bucher", "Berger", "Kaufmann", "Kunz",
        "Hofmann", "Buehler", "Marti", "Frey", "Lehmann", "Christen", "Sutter", "Bieri", "Wenger", "Kaeser",
        "Hofer", "Vogel", "Rossi", "Russo", "Ferrari", "Favre", "Martin", "Bernard", "Smith", "Jones", "Brown",
        "Taylor"};
    public static final String[] FIRST_NAMES = {"Anna", "Luca", "Laura", "Noah", "Sara", "David", "Lea", "Daniel",
        "Julia", "Marco", "Nina", "Simon", "Lena", "Thomas", "Mia", "Peter", "Elena", "Jonas", "Sophie", "Martin",
        "Emma", "Lukas", "Chiara", "Michael", "Alina", "Andreas", "Lara", "Stefan", "Nora", "Christian", "Jana",
        "Fabian", "Eva", "Patrick", "Sandra", "Reto", "Monika", "Urs", "Ruth", "Beat"};
    public static final String[] CITIES = {"Zurich", "Basel", "Bern", "Geneva"};
    public static final int PRODUCTS = 200;
    private static final int BATCH = 10000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private long rows;

    public ExportSeeder(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = jdbc.execute(new ConnectionCallback<Boolean>() {
            @Override
            public Boolean doInConnection(Connection connection) throws SQLException {
                return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            }
        });
    }

    public long rows() {
        return rows;
    }

    /** Seeds customers 1..{@code customers} without order items (what the export reads). */
    public void seed(int customers) {
        seed(customers, false);
    }

    /** @param orderItems whether each customer's placed first order gets an item (the search index reads them) */
    public void seed(final int customers, boolean orderItems) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Timestamp lastYear = new Timestamp(now.getTime() - 365L * 86400000L);
        java.sql.Date born = java.sql.Date.valueOf("1950-01-01");
        numbers(customers);
        names();
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BLC_COUNTRY WHERE ABBREVIATION = 'CH'", Integer.class) == 0) {
            jdbc.update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CH', 'Switzerland')");
        }
        String c = "CAST(x.N AS VARCHAR(20))";
        String mail = "LOWER(f.FIRST_NAME) || '.' || LOWER(l.LAST_NAME) || '.' || " + c + " || '@example' || "
                + text("MOD(x.N, 10)") + " || '.com'";
        insert("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, IS_REGISTERED,"
                + " DEACTIVATED, CM_IS_GUEST, DATE_CREATED, CM_COMPANY, CM_PHONE, CM_DATE_OF_BIRTH, CM_ACTIVITY_STATUS,"
                + " CM_SHIP_SAME_AS_BILLING, CM_REGISTRATION_IP) SELECT x.N, " + mail + ", " + mail + ", f.FIRST_NAME,"
                + " l.LAST_NAME, TRUE, FALSE, FALSE, " + plusDays("?", "-MOD(x.N, 1461)") + ","
                + " CASE WHEN MOD(x.N, 10) = 0 THEN '=Company ' ELSE 'Company ' END || " + text("MOD(x.N, 5000)")
                + ", '+41 44 ' || " + c + ", " + plusDays("?", "MOD(x.N * 37, 20089)") + ", 'ACTIVE', FALSE,"
                + " '10.' || " + text("MOD(x.N / 65536, 256)") + " || '.' || " + text("MOD(x.N / 256, 256)")
                + " || '.' || " + text("MOD(x.N, 256)") + " FROM " + NUMBERS + " x"
                + " JOIN " + NAMES + " l ON l.N = MOD(x.N, " + LAST_NAMES.length + ")"
                + " JOIN " + NAMES + " f ON f.N = MOD(x.N / " + LAST_NAMES.length + ", " + FIRST_NAMES.length + ")",
                now, born);
        insert("INSERT INTO BLC_ADDRESS (ADDRESS_ID, ADDRESS_LINE1, CITY, POSTAL_CODE, COUNTRY, IS_ACTIVE)"
                + " SELECT x.N, " + c + " || ' Main Street', CASE MOD(x.N, 4) WHEN 0 THEN 'Zurich' WHEN 1 THEN 'Basel'"
                + " WHEN 2 THEN 'Bern' ELSE 'Geneva' END, " + text("1000 + MOD(x.N, 9000)") + ", 'CH', TRUE FROM "
                + NUMBERS + " x");
        insert("INSERT INTO BLC_CUSTOMER_ADDRESS (CUSTOMER_ADDRESS_ID, CUSTOMER_ID, ADDRESS_ID, ADDRESS_NAME,"
                + " CM_DEFAULT_BILLING, CM_DEFAULT_SHIPPING) SELECT x.N, x.N, x.N, 'home', TRUE, TRUE FROM " + NUMBERS
                + " x");
        for (int group = 1; group <= 3; group++) {
            insert("INSERT INTO CM_CUSTOMER_GROUP (CUSTOMER_GROUP_ID, NAME, NAME_KEY) VALUES (?, ?, ?)", group,
                    "Group " + group, "group " + group);
        }
        insert("INSERT INTO CM_CUSTOMER_GROUP_MEMBER (CUSTOMER_GROUP_ID, CUSTOMER_ID) SELECT 1 + MOD(x.N, 3), x.N"
                + " FROM " + NUMBERS + " x WHERE MOD(x.N, 2) = 0");
        insert("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_TOTAL, SUBMIT_DATE, DATE_CREATED)"
                + " SELECT 2 * x.N - 1, x.N, 'SUBMITTED', 10 + MOD(x.N, 90), " + plusDays("?", "-MOD(x.N, 365)")
                + ", ? FROM " + NUMBERS + " x", now, now);
        insert("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_TOTAL, SUBMIT_DATE, DATE_CREATED)"
                + " SELECT 2 * x.N, x.N, CASE WHEN MOD(x.N, 4) = 0 THEN 'IN_PROCESS' ELSE 'SUBMITTED' END, 25.5, ?, ?"
                + " FROM " + NUMBERS + " x", lastYear, lastYear);
        if (orderItems) {
            orderItems();
        }
        insert("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL, IP_ADDRESS) SELECT x.N, x.N, ?,"
                + " '/', '192.168.' || " + text("MOD(x.N / 256, 256)") + " || '.' || " + text("MOD(x.N, 256)")
                + " FROM " + NUMBERS + " x WHERE MOD(x.N, 5) = 0", now);
        insert("INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID, EVENT_TYPE, EVENT_TIME)"
                + " SELECT x.N, x.N, 'LOGIN', ? FROM " + NUMBERS + " x WHERE MOD(x.N, 5) = 1", lastYear);
        jdbc.execute("DROP TABLE " + NUMBERS);
        jdbc.execute("DROP TABLE " + NAMES);
    }

    /** Products 1..200 as SKUs; order 2n-1 (placed) holds one item of product 1 + (7n mod 200). */
    private void orderItems() {
        insert("INSERT INTO BLC_SKU (SKU_ID, NAME) SELECT x.N, 'Product ' || " + text("x.N") + " FROM " + NUMBERS
                + " x WHERE x.N <= " + PRODUCTS);
        insert("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, QUANTITY, ORDER_ITEM_TYPE)"
                + " SELECT x.N, 2 * x.N - 1, 'Product ' || " + text("1 + MOD(x.N * 7, " + PRODUCTS + ")")
                + ", 1, 'org.broadleafcommerce.core.order.service.type.OrderItemType.DISCRETE' FROM " + NUMBERS + " x");
        insert("INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID) SELECT x.N, 1 + MOD(x.N * 7, " + PRODUCTS
                + ") FROM " + NUMBERS + " x");
    }

    private void names() {
        jdbc.execute("CREATE TABLE " + NAMES + " (N INT NOT NULL PRIMARY KEY, FIRST_NAME VARCHAR(40),"
                + " LAST_NAME VARCHAR(40))");
        for (int i = 0; i < LAST_NAMES.length; i++) {
            jdbc.update("INSERT INTO " + NAMES + " (N, FIRST_NAME, LAST_NAME) VALUES (?, ?, ?)", i,
                    FIRST_NAMES[i % FIRST_NAMES.length], LAST_NAMES[i]);
        }
    }

    private static String text(String number) {
        return "CAST(" + number + " AS VARCHAR(20))";
    }

    /** {@code timestamp} moved by {@code days} (an integer expression) in the database's date arithmetic. */
    private String plusDays(String timestamp, String days) {
        return postgres ? "CAST(" + timestamp + " AS TIMESTAMP) + (" + days + ") * INTERVAL '1 day'"
                : "DATEADD('day', " + days + ", CAST(" + timestamp + " AS TIMESTAMP))";
    }

    private void numbers(final int customers) {
        jdbc.execute("CREATE TABLE " + NUMBERS + " (N BIGINT NOT NULL PRIMARY KEY)");
        for (int from = 1; from <= customers; from += BATCH) {
            final int first = from;
            final int size = Math.min(BATCH, customers - from + 1);
            jdbc.batchUpdate("INSERT INTO " + NUMBERS + " (N) VALUES (?)", new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ps.setLong(1, first + i);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
        }
    }

    private void insert(String sql, Object... args) {
        rows += jdbc.update(sql, args);
    }
}
