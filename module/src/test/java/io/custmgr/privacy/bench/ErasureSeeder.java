package io.custmgr.privacy.bench;

import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.InsertBatch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Seeds registered customers with JDBC batches, each with a saved address, three page views (IP, user agent), and a
 * submitted, fulfilled order of 19.90 with one item, a shipping address of its own and a credit card payment (billing
 * address of its own) with an authorize and a capture transaction holding the buyer's IP.
 */
final class ErasureSeeder {

    static final long FIRST_ID = 1000000L;
    private static final int BATCH = 5000;

    private final DataSource dataSource;
    private final List<Long> customerIds = new ArrayList<Long>();
    private long rows;

    ErasureSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Long> seed(int customers) throws SQLException {
        RowInserter.ensureCountry(dataSource, "CH", "Switzerland");
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            InsertBatch people = new InsertBatch(connection, new RowInserter(dataSource, "BLC_CUSTOMER", "CUSTOMER_ID",
                    "USER_NAME", "EMAIL_ADDRESS", "FIRST_NAME", "LAST_NAME", "IS_REGISTERED", "DATE_CREATED",
                    "CM_REGISTRATION_IP", "CM_PHONE"));
            InsertBatch addresses = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ADDRESS",
                    "ADDRESS_ID", "ADDRESS_LINE1", "CITY", "POSTAL_CODE", "COUNTRY", "FIRST_NAME", "LAST_NAME"));
            InsertBatch customerAddresses = new InsertBatch(connection, new RowInserter(dataSource,
                    "BLC_CUSTOMER_ADDRESS", "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", "ADDRESS_ID", "ADDRESS_NAME"));
            InsertBatch orders = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER", "ORDER_ID",
                    "CUSTOMER_ID", "ORDER_STATUS", "ORDER_NUMBER", "EMAIL_ADDRESS", "ORDER_TOTAL", "SUBMIT_DATE"));
            InsertBatch items = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER_ITEM",
                    "ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY"));
            InsertBatch groups = new InsertBatch(connection, new RowInserter(dataSource, "BLC_FULFILLMENT_GROUP",
                    "FULFILLMENT_GROUP_ID", "ORDER_ID", "ADDRESS_ID", "STATUS"));
            InsertBatch payments = new InsertBatch(connection, new RowInserter(dataSource, "BLC_ORDER_PAYMENT",
                    "ORDER_PAYMENT_ID", "ORDER_ID", "ADDRESS_ID", "AMOUNT", "PAYMENT_TYPE", "ARCHIVED"));
            InsertBatch transactions = new InsertBatch(connection, new RowInserter(dataSource,
                    "BLC_ORDER_PAYMENT_TRANSACTION", "PAYMENT_TRANSACTION_ID", "ORDER_PAYMENT", "TRANSACTION_TYPE",
                    "TRANSACTION_AMOUNT", "CUSTOMER_IP_ADDRESS", "DATE_RECORDED", "SUCCESS", "ARCHIVED"));
            InsertBatch views = new InsertBatch(connection, new RowInserter(dataSource, "CM_PAGE_VIEW", "PAGE_VIEW_ID",
                    "CUSTOMER_ID", "VIEW_TIME", "URL", "IP_ADDRESS", "USER_AGENT"));
            InsertBatch[] all = {people, addresses, customerAddresses, orders, items, groups, payments, transactions,
                views};
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (int i = 0; i < customers; i++) {
                long id = FIRST_ID + i;
                long base = id * 10;
                String email = "bench" + id + "@example.com";
                people.add(id, email, email, "Bea", "Bench" + id, Boolean.TRUE, now, "198.51.100." + (i % 250),
                        "+41 44 000 " + i);
                addresses.add(base, i + " Home Street", "Zurich", "8000", "CH", "Bea", "Bench" + id);
                customerAddresses.add(base, id, base, "home");
                orders.add(base, id, "SUBMITTED", "B" + id, email, new BigDecimal("19.90"), now);
                items.add(base, base, "Tea", 1);
                addresses.add(base + 1, i + " Ship Street", "Zurich", "8000", "CH", "Bea", "Bench" + id);
                groups.add(base, base, base + 1, "FULFILLED");
                addresses.add(base + 2, i + " Bill Street", "Zurich", "8000", "CH", "Bea", "Bench" + id);
                payments.add(base, base, base + 2, new BigDecimal("19.90"), "CREDIT_CARD", "N");
                transactions.add(base, base, "AUTHORIZE", new BigDecimal("19.90"), "198.51.100." + (i % 250), now,
                        Boolean.TRUE, "N");
                transactions.add(base + 1, base, "CAPTURE", new BigDecimal("19.90"), "198.51.100." + (i % 250), now,
                        Boolean.TRUE, "N");
                for (int v = 0; v < 3; v++) {
                    views.add(base + v, id, now, "/tea?ref=" + id, "198.51.100." + (i % 250), "Bench/1.0");
                }
                customerIds.add(id);
                if (i % BATCH == BATCH - 1) {
                    flush(connection, all);
                }
            }
            flush(connection, all);
            for (InsertBatch batch : all) {
                rows += batch.rows();
                batch.close();
            }
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
        return customerIds;
    }

    long rows() {
        return rows;
    }

    private static void flush(Connection connection, InsertBatch[] batches) throws SQLException {
        for (InsertBatch batch : batches) {
            batch.execute();
        }
        connection.commit();
    }
}
