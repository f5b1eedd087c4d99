package io.custmgr.search.export;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Date;

import javax.sql.DataSource;

/**
 * Export test data written with JDBC in the test's transaction (the template joins it), so the rolled-back test leaves
 * nothing behind. Ids from a block of their own.
 */
final class ExportRows {

    static final long DAY = 86400000L;

    private final JdbcTemplate jdbc;
    private long nextId = 9300000000L + (System.nanoTime() % 100000L) * 1000L;

    ExportRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        if (count("BLC_COUNTRY WHERE ABBREVIATION = 'CH'") == 0) {
            jdbc.update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CH', 'Switzerland')");
        }
        if (count("BLC_STATE WHERE ABBREVIATION = 'ZH'") == 0) {
            jdbc.update("INSERT INTO BLC_STATE (ABBREVIATION, NAME, COUNTRY) VALUES ('ZH', 'Zurich', 'CH')");
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long customer(String email, String first, String last, boolean guest, Date registered) {
        long id = nextId++;
        jdbc.update("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME,"
                + " IS_REGISTERED, CM_IS_GUEST, DATE_CREATED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, email, email, first,
                last, !guest, guest, registered);
        return id;
    }

    void set(long customer, String column, Object value) {
        jdbc.update("UPDATE BLC_CUSTOMER SET " + column + " = ? WHERE CUSTOMER_ID = ?", value, customer);
    }

    void phone(long customer, String number, boolean isDefault) {
        long phone = nextId++;
        jdbc.update("INSERT INTO BLC_PHONE (PHONE_ID, PHONE_NUMBER, IS_DEFAULT, IS_ACTIVE) VALUES (?, ?, ?, ?)", phone,
                number, isDefault, true);
        jdbc.update("INSERT INTO BLC_CUSTOMER_PHONE (CUSTOMER_PHONE_ID, CUSTOMER_ID, PHONE_ID, PHONE_NAME)"
                + " VALUES (?, ?, ?, ?)", nextId++, customer, phone, "phone " + phone);
    }

    long group(String name) {
        long id = nextId++;
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP (CUSTOMER_GROUP_ID, NAME, NAME_KEY) VALUES (?, ?, ?)", id, name,
                name.toLowerCase() + id);
        return id;
    }

    void member(long group, long customer) {
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP_MEMBER (CUSTOMER_GROUP_ID, CUSTOMER_ID) VALUES (?, ?)", group,
                customer);
    }

    void address(long customer, String line1, String state, boolean billing, boolean shipping, boolean active) {
        long address = nextId++;
        jdbc.update("INSERT INTO BLC_ADDRESS (ADDRESS_ID, ADDRESS_LINE1, CITY, STATE_PROV_REGION, POSTAL_CODE, COUNTRY,"
                + " IS_ACTIVE) VALUES (?, ?, 'Zurich', ?, '8000', 'CH', ?)", address, line1, state, active);
        jdbc.update("INSERT INTO BLC_CUSTOMER_ADDRESS (CUSTOMER_ADDRESS_ID, CUSTOMER_ID, ADDRESS_ID, ADDRESS_NAME,"
                + " CM_DEFAULT_BILLING, CM_DEFAULT_SHIPPING) VALUES (?, ?, ?, ?, ?, ?)", nextId++, customer, address,
                "address " + address, billing, shipping);
    }

    void order(long customer, String status, BigDecimal total, Date submitted) {
        jdbc.update("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_TOTAL, SUBMIT_DATE, DATE_CREATED)"
                + " VALUES (?, ?, ?, ?, ?, ?)", nextId++, customer, status, total, submitted, new Date());
    }

    void event(long customer, Date time) {
        jdbc.update("INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID, EVENT_TYPE, EVENT_TIME)"
                + " VALUES (?, ?, 'LOGIN', ?)", nextId++, customer, time);
    }

    void pageView(long customer, Date time) {
        jdbc.update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL) VALUES (?, ?, ?, '/')",
                nextId++, customer, time);
    }

    long unusedId() {
        return nextId++;
    }

    int count(String fromWhere) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class);
    }

    static Date daysAgo(int days) {
        return new Date((System.currentTimeMillis() / 1000L) * 1000L - days * DAY);
    }
}
