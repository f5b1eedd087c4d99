package io.custmgr.accountaudit.testsupport;

import io.custmgr.guest.testsupport.RowInserter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

/**
 * Committed test rows for the account audit and cleanup (which run their own transactions): customers, orders,
 * events, page views, with ids from a block of their own; {@link #deleteAll()} removes them and everything the
 * audit and cleanup wrote about them.
 */
public final class AccountRows {

    public static final long DAY = 86400000L;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final List<Object[]> created = new ArrayList<Object[]>();
    private final List<Long> customers = new ArrayList<Long>();
    private long nextId;

    public AccountRows(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.nextId = 7000000000L + (System.nanoTime() % 100000L) * 1000L;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public static Date daysAgo(double days) {
        return new Date(System.currentTimeMillis() - (long) (days * DAY));
    }

    /** A registered account: e-mail {@code user<id>@example.com}, names as given, registered then from that IP. */
    public long account(String first, String last, Date registered, String ip) throws SQLException {
        long id = nextId++;
        new RowInserter(dataSource, "BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "EMAIL_ADDRESS", "FIRST_NAME",
                "LAST_NAME", "IS_REGISTERED", "DATE_CREATED", "CM_REGISTRATION_IP", "CM_IS_GUEST")
                .insert(dataSource, id, "user" + id + "@example.com", "user" + id + "@example.com", first, last,
                        Boolean.TRUE, registered, ip, Boolean.FALSE);
        customers.add(id);
        return id;
    }

    public long account(Date registered) throws SQLException {
        return account("Anna", "Meier", registered, null);
    }

    public long guest(Date created) throws SQLException {
        long id = account("Gina", "Guest", created, null);
        jdbc.update("UPDATE BLC_CUSTOMER SET IS_REGISTERED = ?, CM_IS_GUEST = ? WHERE CUSTOMER_ID = ?", Boolean.FALSE,
                Boolean.TRUE, id);
        return id;
    }

    public void set(long customer, String column, Object value) {
        jdbc.update("UPDATE BLC_CUSTOMER SET " + column + " = ? WHERE CUSTOMER_ID = ?", value, customer);
    }

    public long order(long customer, String status, Date created) throws SQLException {
        return row("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", status, "DATE_CREATED", created,
                "DATE_UPDATED", created, "EMAIL_ADDRESS", "buyer" + customer + "@example.com");
    }

    public long orderItem(long order) throws SQLException {
        return row("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", order, "NAME", "Shoe", "QUANTITY", 1);
    }

    public long event(long customer, String type, Date time, String ip) throws SQLException {
        return row("CM_ACTIVITY_EVENT", "ACTIVITY_EVENT_ID", "CUSTOMER_ID", customer, "EVENT_TYPE", type,
                "EVENT_TIME", time, "IP_ADDRESS", ip);
    }

    public long pageView(long customer, String url, Date time) throws SQLException {
        return row("CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", customer, "URL", url, "VIEW_TIME", time);
    }

    public long group(String name) throws SQLException {
        return row("CM_CUSTOMER_GROUP", "CUSTOMER_GROUP_ID", "NAME", name);
    }

    public void member(long group, long customer) {
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP_MEMBER (CUSTOMER_GROUP_ID, CUSTOMER_ID) VALUES (?, ?)", group,
                customer);
    }

    public long address(long customer, String line) throws SQLException {
        if (count("BLC_COUNTRY WHERE ABBREVIATION = ?", "CH") == 0) {
            new RowInserter(dataSource, "BLC_COUNTRY", "ABBREVIATION", "NAME").insert(dataSource, "CH", "Switzerland");
            created.add(new Object[] {"BLC_COUNTRY", "ABBREVIATION", "CH"});
        }
        long address = row("BLC_ADDRESS", "ADDRESS_ID", "ADDRESS_LINE1", line, "CITY", "Zurich", "POSTAL_CODE",
                "8000", "FIRST_NAME", "Ann", "COUNTRY", "CH");
        row("BLC_CUSTOMER_ADDRESS", "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", customer, "ADDRESS_ID", address,
                "ADDRESS_NAME", "home");
        return address;
    }

    /** Inserts a row with a fresh id: the table, its id column, then column / value pairs. */
    public long row(String table, String idColumn, Object... columnsAndValues) throws SQLException {
        long id = nextId++;
        String[] columns = new String[columnsAndValues.length / 2 + 1];
        Object[] values = new Object[columns.length];
        columns[0] = idColumn;
        values[0] = id;
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns[i / 2 + 1] = (String) columnsAndValues[i];
            values[i / 2 + 1] = columnsAndValues[i + 1];
        }
        new RowInserter(dataSource, table, columns).insert(dataSource, values);
        created.add(new Object[] {table, idColumn, id});
        return id;
    }

    public int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }

    public void deleteAll() {
        for (Long id : customers) {
            for (String table : new String[] {"CM_ACCOUNT_AUDIT_RESULT", "CM_CLEANUP_RUN_ITEM",
                    "CM_CUSTOMER_GROUP_MEMBER", "CM_PAGE_VIEW", "CM_ACTIVITY_EVENT", "BLC_CUSTOMER_ADDRESS",
                    "BLC_CUSTOMER_ATTRIBUTE", "BLC_CUSTOMER_ROLE"}) {
                jdbc.update("DELETE FROM " + table + " WHERE CUSTOMER_ID = ?", id);
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            Object[] row = created.get(i);
            jdbc.update("DELETE FROM " + row[0] + " WHERE " + row[1] + " = ?", row[2]);
        }
        for (Long id : customers) {
            jdbc.update("DELETE FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
        }
        created.clear();
        customers.clear();
    }
}
