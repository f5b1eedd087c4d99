package io.custmgr.duplicates;

import io.custmgr.guest.testsupport.RowInserter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Customers, addresses and phones for the duplicate tests, written by JDBC in the test's transaction (batched per
 * table on {@link #flush()}), with ids far above Broadleaf's so their pairs come first (newest first).
 */
public final class DuplicateRows {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, RowInserter> inserters = new HashMap<String, RowInserter>();
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<String, List<Object[]>>();
    private long nextId = 9_700_000_000L + (System.nanoTime() % 100_000L) * 10_000L;

    public DuplicateRows(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        for (String table : new String[] {"BLC_CUSTOMER", "BLC_PHONE", "BLC_ADDRESS", "BLC_CUSTOMER_ADDRESS"}) {
            pending.put(table, new ArrayList<Object[]>());
        }
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A registered account signing in with {@code email}. */
    public long account(String first, String last, String email) {
        return customer(first, last, email, null, false, null);
    }

    /** A guest profile with its contact e-mail (its own address is a generated one in the guest domain). */
    public long guest(String first, String last, String contactEmail) {
        long id = nextId;
        return customer(first, last, "guest-" + id + "@guest.custmgr.invalid", contactEmail, true, null);
    }

    public long customer(String first, String last, String email, String contactEmail, boolean guest, String phone) {
        long id = nextId++;
        add("BLC_CUSTOMER", new String[] {"CUSTOMER_ID", "USER_NAME", "FIRST_NAME", "LAST_NAME", "EMAIL_ADDRESS",
                "CM_CONTACT_EMAIL", "IS_REGISTERED", "CM_IS_GUEST", "CM_PHONE", "DEACTIVATED", "DATE_CREATED"},
                id, email, first, last, email, contactEmail, !guest, guest, phone, false,
                new Date(System.currentTimeMillis() - 1000L * (1_000_000L - (id % 1_000_000L))));
        return id;
    }

    public DuplicateRows profilePhone(long customer, String phone) {
        flush();
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_PHONE = ? WHERE CUSTOMER_ID = ?", phone, customer);
        return this;
    }

    /** An address of the customer's address book, with a primary phone (BLC_PHONE) if {@code phone} is not null. */
    public long address(long customer, String line1, String postalCode, String country, String phone) {
        ensureCountry(country);
        Long phoneId = null;
        if (phone != null) {
            phoneId = nextId++;
            add("BLC_PHONE", new String[] {"PHONE_ID", "PHONE_NUMBER"}, phoneId, phone);
        }
        long address = nextId++;
        add("BLC_ADDRESS", new String[] {"ADDRESS_ID", "ADDRESS_LINE1", "CITY", "POSTAL_CODE", "COUNTRY",
                "PHONE_PRIMARY_ID"}, address, line1, "Town", postalCode, country, phoneId);
        add("BLC_CUSTOMER_ADDRESS", new String[] {"CUSTOMER_ADDRESS_ID", "ADDRESS_NAME", "CUSTOMER_ID", "ADDRESS_ID"},
                nextId++, "Address " + address, customer, address);
        return address;
    }

    public void deactivate(long customer) {
        flush();
        jdbc.update("UPDATE BLC_CUSTOMER SET DEACTIVATED = ? WHERE CUSTOMER_ID = ?", true, customer);
    }

    private final List<String> countries = new ArrayList<String>();

    private void ensureCountry(String country) {
        if (country == null || countries.contains(country)) {
            return;
        }
        countries.add(country);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_COUNTRY WHERE ABBREVIATION = ?", Integer.class,
                country);
        if (known == 0) {
            final RowInserter inserter = inserter("BLC_COUNTRY", new String[] {"ABBREVIATION", "NAME"});
            jdbc.update(inserter.sql(), ps -> inserter.bind(ps, country, "Country " + country));
        }
    }

    /** Writes what was added, parents first: one batch per table. */
    public void flush() {
        for (Map.Entry<String, List<Object[]>> table : pending.entrySet()) {
            final List<Object[]> rows = table.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            final RowInserter inserter = inserters.get(table.getKey());
            jdbc.batchUpdate(inserter.sql(), new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    inserter.bind(ps, rows.get(i));
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            });
            rows.clear();
        }
    }

    private void add(String table, String[] columns, Object... values) {
        inserter(table, columns);
        pending.get(table).add(values);
    }

    private RowInserter inserter(String table, String[] columns) {
        RowInserter inserter = inserters.get(table);
        if (inserter == null) {
            try {
                inserter = new RowInserter(dataSource, table, columns);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            inserters.put(table, inserter);
        }
        return inserter;
    }
}
