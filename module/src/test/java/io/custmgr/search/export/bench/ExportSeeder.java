package io.custmgr.search.export.bench;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * Seeds customers set-based: a helper table of the numbers 1..n (JDBC batches of one column), then one
 * {@code INSERT ... SELECT} per table over it, in SQL HSQLDB and PostgreSQL share. Customer n (id n) has every column
 * the export reads: names, a company (every tenth starts with "=", so the neutralising runs), a phone, a date of birth,
 * one active default address, a group for every second customer, two orders (every fourth customer's second one is a
 * cart), a page view for every fifth and a login event for the next.
 */
final class ExportSeeder {

    static final String NUMBERS = "CM_BENCH_NUMBERS";
    private static final int BATCH = 10000;

    private final JdbcTemplate jdbc;
    private long rows;

    ExportSeeder(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    long rows() {
        return rows;
    }

    void seed(final int customers) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Timestamp lastYear = new Timestamp(now.getTime() - 365L * 86400000L);
        java.sql.Date born = java.sql.Date.valueOf("1985-04-12");
        numbers(customers);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BLC_COUNTRY WHERE ABBREVIATION = 'CH'", Integer.class) == 0) {
            jdbc.update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CH', 'Switzerland')");
        }
        String c = "CAST(x.N AS VARCHAR(20))";
        insert("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, IS_REGISTERED,"
                + " DEACTIVATED, CM_IS_GUEST, DATE_CREATED, CM_COMPANY, CM_PHONE, CM_DATE_OF_BIRTH, CM_ACTIVITY_STATUS,"
                + " CM_SHIP_SAME_AS_BILLING) SELECT x.N, 'user' || " + c + " || '@example.com', 'user' || " + c
                + " || '@example.com', 'First' || " + c + ", 'Last' || " + c + ", TRUE, FALSE, FALSE, ?,"
                + " CASE WHEN MOD(x.N, 10) = 0 THEN '=Company ' ELSE 'Company ' END || " + c + ", '+41 44 ' || " + c
                + ", ?, 'ACTIVE', FALSE FROM " + NUMBERS + " x", lastYear, born);
        insert("INSERT INTO BLC_ADDRESS (ADDRESS_ID, ADDRESS_LINE1, CITY, POSTAL_CODE, COUNTRY, IS_ACTIVE)"
                + " SELECT x.N, " + c + " || ' Main Street', 'Zurich', '8000', 'CH', TRUE FROM " + NUMBERS + " x");
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
                + " SELECT 2 * x.N - 1, x.N, 'SUBMITTED', 10 + MOD(x.N, 90), ?, ? FROM " + NUMBERS + " x", now, now);
        insert("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_TOTAL, SUBMIT_DATE, DATE_CREATED)"
                + " SELECT 2 * x.N, x.N, CASE WHEN MOD(x.N, 4) = 0 THEN 'IN_PROCESS' ELSE 'SUBMITTED' END, 25.5, ?, ?"
                + " FROM " + NUMBERS + " x", lastYear, lastYear);
        insert("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL) SELECT x.N, x.N, ?, '/'"
                + " FROM " + NUMBERS + " x WHERE MOD(x.N, 5) = 0", now);
        insert("INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID, EVENT_TYPE, EVENT_TIME)"
                + " SELECT x.N, x.N, 'LOGIN', ? FROM " + NUMBERS + " x WHERE MOD(x.N, 5) = 1", lastYear);
        jdbc.execute("DROP TABLE " + NUMBERS);
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
