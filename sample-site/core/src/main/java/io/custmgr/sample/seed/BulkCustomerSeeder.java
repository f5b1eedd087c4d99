package io.custmgr.sample.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * The seeder's bulk mode: registered customers by the hundred thousand with JDBC batch inserts (Broadleaf's services
 * would take hours for a million), for benchmarks. Ids start at {@code firstId}; customer {@code i}'s kind is
 * {@code i % 20}, a mix the account audit tells apart:
 * <ul>
 * <li>0-3 a submitted order, 4-5 a cart with an item, 6 library access, 7-8 a login, 9 an account page view: active
 * (10 of 20);</li>
 * <li>10-14 nothing, registered 10 days ago: unused (5 of 20);</li>
 * <li>15 a web address in the name, 16 a disposable e-mail domain, 17 one of 10 registrations from one IP within 10
 * minutes: suspected spam (3 of 20);</li>
 * <li>18 a random-looking name registered 10 days ago (one weak signal: unused), 19 registered 400 days ago and never
 * seen again (one weak signal: unused) (2 of 20).</li>
 * </ul>
 * Every customer has a registration IP; one in ten also an activity event of its registration.
 */
public final class BulkCustomerSeeder {

    static final long DAY = 86400000L;
    static final int BATCH = 5000;
    static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo"};
    static final String[] LAST = {"Meier", "Smith", "Rossi", "Dubois", "Novak", "Larsen", "Garcia", "Kim"};

    private final DataSource dataSource;
    private final long now = System.currentTimeMillis();
    private long rows;

    public BulkCustomerSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seeds {@code count} customers with ids from {@code firstId}, committing every {@value #BATCH}. */
    public void seed(long firstId, int count) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            Batch customers = new Batch(connection, "INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS,"
                    + " FIRST_NAME, LAST_NAME, IS_REGISTERED, DATE_CREATED, CM_REGISTRATION_IP, CM_IS_GUEST,"
                    + " CM_LIBRARY_ALL_ACCESS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Batch orders = new Batch(connection, "INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS,"
                    + " DATE_CREATED, DATE_UPDATED, EMAIL_ADDRESS) VALUES (?, ?, ?, ?, ?, ?)");
            Batch items = new Batch(connection, "INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, QUANTITY)"
                    + " VALUES (?, ?, ?, ?)");
            Batch events = new Batch(connection, "INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID,"
                    + " EVENT_TYPE, EVENT_TIME, IP_ADDRESS) VALUES (?, ?, ?, ?, ?)");
            Batch views = new Batch(connection, "INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL)"
                    + " VALUES (?, ?, ?, ?)");
            Batch[] all = {customers, orders, items, events, views};
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                int kind = i % 20;
                String first = FIRST[i % FIRST.length];
                String last = LAST[(i / FIRST.length) % LAST.length];
                String email = "bulk" + id + "@example.com";
                String ip = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
                Timestamp registered = at(10 + i % 20);
                if (kind == 15) {
                    last = "www.cheap-pills" + i % 100 + ".example";
                } else if (kind == 16) {
                    email = "bulk" + id + "@mailinator.com";
                } else if (kind == 17) {
                    ip = "203.0." + (i / 200 >> 8 & 255) + "." + (i / 200 & 255); // 10 customers (i, i+20, ...) share it
                    registered = new Timestamp(now - 5 * DAY - (i % 200) * 3000L);
                } else if (kind == 18) {
                    first = "Xkcdrtzq";
                } else if (kind == 19) {
                    registered = at(400);
                }
                customers.add(id, email, email, first, last, Boolean.TRUE, registered, ip, Boolean.FALSE, kind == 6);
                if (kind <= 3) {
                    orders.add(id, id, "SUBMITTED", at(5), at(5), email);
                } else if (kind <= 5) {
                    orders.add(id, id, "IN_PROCESS", at(5), at(5), email);
                    items.add(id, id, "Hot sauce", 1);
                } else if (kind == 7 || kind == 8) {
                    events.add(id, id, "LOGIN", at(3), ip);
                } else if (kind == 9) {
                    views.add(id, id, at(3), "/account/profile");
                }
                if (i % 10 == 0) {
                    events.add(-id, id, "REGISTRATION", registered, ip);
                }
                if ((i + 1) % BATCH == 0) {
                    flush(connection, all);
                }
            }
            flush(connection, all);
            for (Batch batch : all) {
                rows += batch.rows;
                batch.statement.close();
            }
        } finally {
            connection.close();
        }
    }

    /** @return rows written by {@link #seed} so far */
    public long getRows() {
        return rows;
    }

    private Timestamp at(int daysAgo) {
        return new Timestamp(now - daysAgo * DAY);
    }

    private static void flush(Connection connection, Batch[] batches) throws SQLException {
        for (Batch batch : batches) { // parents first: customers, orders, items, events, views
            if (batch.pending > 0) {
                batch.statement.executeBatch();
                batch.pending = 0;
            }
        }
        connection.commit();
    }

    private static final class Batch {

        final PreparedStatement statement;
        int pending;
        long rows;

        Batch(Connection connection, String sql) throws SQLException {
            this.statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
            rows++;
        }
    }
}
