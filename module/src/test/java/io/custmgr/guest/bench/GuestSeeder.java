package io.custmgr.guest.bench;

import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.InsertBatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

/**
 * Seeds guest profiles with JDBC batch inserts (no Broadleaf services: a million customers through Hibernate would
 * take longer than the whole benchmark may). Guest i's kind is i % 20:
 * 0-14 one completed order 400-700 days old (expires), 15 no order, created 500 days ago (expires),
 * 16 a submitted order still shipping and 17 a cart with an item (kept: open order),
 * 18-19 an order completed 30 days ago (kept: within the window).
 * Every 10th guest also has a saved address, a page view and an activity event.
 */
final class GuestSeeder {

    static final long DAY = 86400000L;
    private static final int BATCH = 5000;

    private final DataSource dataSource;
    private final long now = System.currentTimeMillis();

    private long expectedExpired;
    private long expectedKeptOpen;
    private long rows;

    GuestSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void seed(int guests) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            ensureCountry(connection);
            InsertBatch customers = new InsertBatch(connection,
                    new RowInserter(dataSource, "BLC_CUSTOMER", "CUSTOMER_ID",
                    "USER_NAME", "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME", "IS_REGISTERED", "DATE_CREATED",
                    "CM_IS_GUEST", "CM_CONTACT_EMAIL", "CM_PHONE"));
            InsertBatch keys = new InsertBatch(connection,
                    new RowInserter(dataSource, "CM_GUEST_KEY", "GUEST_KEY", "CUSTOMER_ID"));
            InsertBatch orders = new InsertBatch(connection,
                    new RowInserter(dataSource, "BLC_ORDER", "ORDER_ID", "CUSTOMER_ID",
                    "ORDER_STATUS", "DATE_CREATED", "DATE_UPDATED", "SUBMIT_DATE", "EMAIL_ADDRESS"));
            InsertBatch groups = new InsertBatch(connection, new RowInserter(dataSource, "BLC_FULFILLMENT_GROUP",
                    "FULFILLMENT_GROUP_ID", "ORDER_ID", "STATUS"));
            InsertBatch items = new InsertBatch(connection,
                    new RowInserter(dataSource, "BLC_ORDER_ITEM", "ORDER_ITEM_ID",
                    "ORDER_ID", "NAME", "QUANTITY"));
            InsertBatch addresses = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ADDRESS", "ADDRESS_ID",
                    "ADDRESS_LINE1", "CITY", "POSTAL_CODE", "COUNTRY"));
            InsertBatch customerAddresses = new InsertBatch(connection,
                    new RowInserter(dataSource, "BLC_CUSTOMER_ADDRESS",
                    "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", "ADDRESS_ID", "ADDRESS_NAME"));
            InsertBatch views = new InsertBatch(connection, new RowInserter(dataSource, "CM_PAGE_VIEW", "PAGE_VIEW_ID",
                    "CUSTOMER_ID", "VIEW_TIME", "URL"));
            InsertBatch events = new InsertBatch(connection, new RowInserter(dataSource, "CM_ACTIVITY_EVENT",
                    "ACTIVITY_EVENT_ID", "CUSTOMER_ID", "EVENT_TYPE", "EVENT_TIME"));
            InsertBatch[] all = {customers, keys, orders, groups, items, addresses, customerAddresses, views, events};

            for (int i = 1; i <= guests; i++) {
                long id = i;
                int kind = i % 20;
                String email = "buyer" + i + "@example.com";
                customers.add(id, "guest-" + i + "@guest.invalid", "guest-" + i + "@guest.invalid", "First" + i,
                        "Last" + i, Boolean.FALSE, at(800), Boolean.TRUE, email, "+41 44 000 00 00");
                keys.add(email, id);
                if (kind <= 14) {
                    completedOrder(orders, groups, id, email, at(400 + i % 300));
                    expectedExpired++;
                } else if (kind == 15) {
                    expectedExpired++;
                } else if (kind == 16) {
                    orders.add(id, id, "SUBMITTED", at(11), at(10), at(11), email);
                    groups.add(id, id, "SHIPPED");
                    expectedKeptOpen++;
                } else if (kind == 17) {
                    orders.add(id, id, "IN_PROCESS", at(11), at(10), null, email);
                    items.add(id, id, "Shoe", 1);
                    expectedKeptOpen++;
                } else {
                    completedOrder(orders, groups, id, email, at(30));
                }
                if (i % 10 == 3) {
                    addresses.add(id, i + " Home Street", "Zurich", "8000", "CH");
                    customerAddresses.add(id, id, id, "home");
                    views.add(id, id, at(401), "/products/" + i);
                    events.add(id, id, "LOGIN", at(401));
                }
                if (i % BATCH == 0) {
                    flush(connection, all);
                }
                if (i % 100000 == 0) {
                    System.out.println("  seeded " + i + " guests");
                }
            }
            flush(connection, all);
            for (InsertBatch batch : all) {
                rows += batch.rows();
                batch.close();
            }
        } finally {
            connection.close();
        }
    }

    private void completedOrder(InsertBatch orders, InsertBatch groups, long id, String email, Timestamp completed)
            throws SQLException {
        orders.add(id, id, "SUBMITTED", new Timestamp(completed.getTime() - 3 * DAY), completed,
                new Timestamp(completed.getTime() - 3 * DAY), email);
        groups.add(id, id, id % 2 == 0 ? "FULFILLED" : "DELIVERED");
    }

    private static void flush(Connection connection, InsertBatch[] batches) throws SQLException {
        // Parents before children: customers, orders, groups, items, addresses, customer addresses, views, events.
        for (InsertBatch batch : batches) {
            batch.execute();
        }
        connection.commit();
    }

    private static void ensureCountry(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CH', 'Switzerland')");
        try {
            ps.executeUpdate();
            connection.commit();
        } finally {
            ps.close();
        }
    }

    private Timestamp at(int daysAgo) {
        return new Timestamp(now - daysAgo * DAY);
    }

    long expectedExpired() {
        return expectedExpired;
    }

    long expectedKeptOpen() {
        return expectedKeptOpen;
    }

    long rows() {
        return rows;
    }
}
