package io.custmgr.merge;

import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.CommittedCustomers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * Committed data for merge tests, written with JDBC in ids from a random block far above Hibernate's, and deleted
 * again by {@link #deleteAll()} before the customers themselves.
 */
final class MergeFixtures {

    private final CommittedCustomers customers;
    private final DataSource dataSource;
    private long nextId = 8000000000L + ThreadLocalRandom.current().nextLong(1000000000L);
    private final List<Long> skus = new ArrayList<Long>();
    private final List<Long> orders = new ArrayList<Long>();
    private final List<Long> addresses = new ArrayList<Long>();

    MergeFixtures(CommittedCustomers customers, DataSource dataSource) {
        this.customers = customers;
        this.dataSource = dataSource;
    }

    synchronized long id() {
        return nextId++;
    }

    long sku(String name) throws SQLException {
        long id = id();
        new RowInserter(dataSource, "BLC_SKU", "SKU_ID", "NAME").insert(dataSource, id, name);
        skus.add(id);
        return id;
    }

    long order(long customerId, String status, String name) throws SQLException {
        long id = id();
        new RowInserter(dataSource, "BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS", "NAME", "ORDER_NUMBER")
                .insert(dataSource, id, customerId, status, name, "M" + id);
        orders.add(id);
        return id;
    }

    /** Gives the customer {@code count} submitted orders, inserted in one batch. */
    void submittedOrders(long customerId, int count) throws SQLException {
        RowInserter inserter = new RowInserter(dataSource, "BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS",
                "ORDER_NUMBER", "SUBMIT_DATE");
        batch(inserter, count, new Row() {
            @Override
            public Object[] values(int i) {
                long id = id();
                orders.add(id);
                return new Object[] {id, customerId, "SUBMITTED", "M" + id, new Timestamp(System.currentTimeMillis())};
            }
        });
    }

    long item(long orderId, long skuId) throws SQLException {
        long id = id();
        new RowInserter(dataSource, "BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY",
                "ORDER_ITEM_TYPE").insert(dataSource, id, orderId, "item " + id, 1, "org.broadleafcommerce.core.order.domain.DiscreteOrderItem");
        new RowInserter(dataSource, "BLC_DISCRETE_ORDER_ITEM", "ORDER_ITEM_ID", "SKU_ID").insert(dataSource, id, skuId);
        return id;
    }

    long address(long customerId, String name, String line1, String city, String postalCode) throws SQLException {
        long addressId = id();
        if (customers.count("BLC_COUNTRY WHERE ABBREVIATION = ?", "US") == 0) {
            // reference data, as a store has it; left in place
            new RowInserter(dataSource, "BLC_COUNTRY", "ABBREVIATION", "NAME").insert(dataSource, "US", "United States");
        }
        new RowInserter(dataSource, "BLC_ADDRESS", "ADDRESS_ID", "ADDRESS_LINE1", "CITY", "POSTAL_CODE", "COUNTRY",
                "IS_ACTIVE", "IS_DEFAULT", "IS_BUSINESS").insert(dataSource, addressId, line1, city, postalCode, "US",
                true, false, false);
        addresses.add(addressId);
        long id = id();
        new RowInserter(dataSource, "BLC_CUSTOMER_ADDRESS", "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", "ADDRESS_ID",
                "ADDRESS_NAME").insert(dataSource, id, customerId, addressId, name);
        return id;
    }

    void pageViews(final long customerId, int count) throws SQLException {
        final long now = System.currentTimeMillis();
        batch(new RowInserter(dataSource, "CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", "VIEW_TIME", "URL"), count,
                new Row() {
                    @Override
                    public Object[] values(int i) {
                        return new Object[] {id(), customerId, new Timestamp(now - i * 1000L), "/page/" + i};
                    }
                });
    }

    void activityEvents(final long customerId, int count) throws SQLException {
        final long now = System.currentTimeMillis();
        batch(new RowInserter(dataSource, "CM_ACTIVITY_EVENT", "ACTIVITY_EVENT_ID", "CUSTOMER_ID", "EVENT_TYPE",
                "EVENT_TIME"), count, new Row() {
                    @Override
                    public Object[] values(int i) {
                        return new Object[] {id(), customerId, "LOGIN", new Timestamp(now - i * 1000L)};
                    }
                });
    }

    void attribute(long customerId, String name, String value) throws SQLException {
        new RowInserter(dataSource, "BLC_CUSTOMER_ATTRIBUTE", "CUSTOMER_ATTR_ID", "CUSTOMER_ID", "NAME", "VALUE")
                .insert(dataSource, id(), customerId, name, value);
    }

    long ownerOf(long orderId) {
        return customers.ownerOf(orderId);
    }

    /** Deletes the rows made here that a merge or the test left behind (customers are deleted by the caller). */
    void deleteAll() {
        for (Long order : orders) {
            customers.jdbc().update("DELETE FROM BLC_DISCRETE_ORDER_ITEM WHERE ORDER_ITEM_ID IN "
                    + "(SELECT ORDER_ITEM_ID FROM BLC_ORDER_ITEM WHERE ORDER_ID = ?)", order);
            customers.jdbc().update("DELETE FROM BLC_ORDER_ITEM WHERE ORDER_ID = ?", order);
            customers.jdbc().update("DELETE FROM BLC_ORDER WHERE ORDER_ID = ?", order);
        }
        for (Long address : addresses) {
            customers.jdbc().update("DELETE FROM BLC_CUSTOMER_ADDRESS WHERE ADDRESS_ID = ?", address);
            customers.jdbc().update("DELETE FROM BLC_ADDRESS WHERE ADDRESS_ID = ?", address);
        }
        for (Long sku : skus) {
            customers.jdbc().update("DELETE FROM BLC_SKU WHERE SKU_ID = ?", sku);
        }
    }

    private interface Row {
        Object[] values(int i);
    }

    private void batch(RowInserter inserter, int count, Row row) throws SQLException {
        if (count == 0) {
            return;
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            PreparedStatement ps = connection.prepareStatement(inserter.sql());
            for (int i = 0; i < count; i++) {
                inserter.bind(ps, row.values(i));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            if (count % 1000 != 0) {
                ps.executeBatch();
            }
            connection.commit();
            ps.close();
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
    }
}
