package io.custmgr.customer.orders.service;

import io.custmgr.guest.testsupport.RowInserter;
import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

/**
 * Test data for the customer form's order tabs, written inside the test's transaction (JDBC through Spring's
 * transaction-bound connection, catalog through the entity manager), so the rolled-back test leaves nothing behind.
 * Orders go in as JDBC batches: a thousand orders with items and payments take well under a second.
 */
public final class OrderRows {

    static final long DAY = 86400000L;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final EntityConfiguration entities;
    private final Map<String, RowInserter> inserters = new HashMap<String, RowInserter>();
    private final Map<String, List<Object[]>> pending = new HashMap<String, List<Object[]>>();
    private long nextId = 8100000000L + (System.nanoTime() % 100000L) * 10000L;

    public OrderRows(DataSource dataSource, EntityManager em, EntityConfiguration entities) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.em = em;
        this.entities = entities;
    }

    public long customer(boolean guest) {
        long id = id();
        add("BLC_CUSTOMER", new String[] {"CUSTOMER_ID", "USER_NAME", "EMAIL_ADDRESS", "IS_REGISTERED", "CM_IS_GUEST",
                "DATE_CREATED"}, id, "user" + id, "user" + id + "@example.com", !guest, guest, new Date());
        flush();
        return id;
    }

    /** A product whose default SKU has this name and (unless null) a primary image; @return {skuId, productId} */
    public long[] product(String name, String imageUrl) {
        Sku sku = (Sku) entities.createEntityInstance(Sku.class.getName());
        sku.setName(name);
        if (imageUrl != null) {
            Media media = (Media) entities.createEntityInstance(Media.class.getName());
            media.setUrl(imageUrl);
            media.setTitle(name);
            em.persist(media);
            sku.getSkuMedia().put("primary", media);
        }
        em.persist(sku);
        Product product = (Product) entities.createEntityInstance(Product.class.getName());
        product.setDefaultSku(sku);
        em.persist(product);
        em.flush();
        return new long[] {sku.getId(), product.getId()};
    }

    /** An order row (no items); submitDate null for carts and wishlists. */
    public long order(long customer, String status, String number, Date submitDate, BigDecimal total, Date created) {
        long id = id();
        add("BLC_ORDER", new String[] {"ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS", "ORDER_NUMBER", "SUBMIT_DATE",
                "ORDER_TOTAL", "DATE_CREATED", "DATE_UPDATED", "NAME"}, id, customer, status, number, submitDate,
                total, created, created, "NAMED".equals(status) ? "wishlist" : null);
        return id;
    }

    public long item(long order, String name, int quantity, BigDecimal price, long[] skuAndProduct) {
        return item(order, name, quantity, price, skuAndProduct, null);
    }

    /** @param dateAdded the module's per-item time; null as for items from before the module */
    long item(long order, String name, int quantity, BigDecimal price, long[] skuAndProduct, Date dateAdded) {
        long id = id();
        add("BLC_ORDER_ITEM", new String[] {"ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY", "PRICE", "ORDER_ITEM_TYPE",
                "CM_DATE_ADDED"}, id, order, name, quantity, price,
                "org.broadleafcommerce.core.order.service.type.OrderItemType.DISCRETE", dateAdded);
        if (skuAndProduct != null) {
            add("BLC_DISCRETE_ORDER_ITEM", new String[] {"ORDER_ITEM_ID", "SKU_ID", "PRODUCT_ID"}, id,
                    skuAndProduct[0], skuAndProduct[1]);
        }
        return id;
    }

    long payment(long order, BigDecimal amount, boolean archived) {
        long id = id();
        add("BLC_ORDER_PAYMENT", new String[] {"ORDER_PAYMENT_ID", "ORDER_ID", "AMOUNT", "PAYMENT_TYPE", "ARCHIVED"},
                id, order, amount, "CREDIT_CARD", archived ? 'Y' : 'N');
        return id;
    }

    void transaction(long payment, String type, BigDecimal amount, boolean success) {
        add("BLC_ORDER_PAYMENT_TRANSACTION", new String[] {"PAYMENT_TRANSACTION_ID", "ORDER_PAYMENT",
                "TRANSACTION_TYPE", "TRANSACTION_AMOUNT", "SUCCESS", "ARCHIVED", "DATE_RECORDED"}, id(), payment, type,
                amount, success, 'N', new Date());
    }

    /** An admin audit record of the customer (a field change by admin user 1). */
    void auditRecord(long customer, Date time) {
        add("CM_CUSTOMER_AUDIT", new String[] {"AUDIT_ID", "CUSTOMER_ID", "EVENT_TIME", "ACTOR_KIND", "ADMIN_USER_ID",
                "ACTOR_NAME", "ACTION", "FIELD_NAME", "OLD_VALUE", "NEW_VALUE"}, id(), customer, time, "ADMIN", 1L,
                "admin", "FIELD_CHANGED", "firstName", "Ann", "Anne");
    }

    /** Writes what was added, parents first. */
    public void flush() {
        for (String table : new String[] {"BLC_CUSTOMER", "BLC_ORDER", "BLC_ORDER_ITEM", "BLC_DISCRETE_ORDER_ITEM",
                "BLC_ORDER_PAYMENT", "BLC_ORDER_PAYMENT_TRANSACTION", "CM_CUSTOMER_AUDIT"}) {
            final List<Object[]> rows = pending.remove(table);
            if (rows == null) {
                continue;
            }
            final RowInserter inserter = inserters.get(table);
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
        }
    }

    int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }

    static Date daysAgo(int days) {
        return new Date(System.currentTimeMillis() - days * DAY);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private void add(String table, String[] columns, Object... values) {
        if (!inserters.containsKey(table)) {
            try {
                inserters.put(table, new RowInserter(dataSource, table, columns));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            pending.put(table, new ArrayList<Object[]>());
        }
        if (!pending.containsKey(table)) {
            pending.put(table, new ArrayList<Object[]>());
        }
        Object[] row = values.clone();
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof Character) {
                row[i] = String.valueOf(row[i]);
            }
        }
        pending.get(table).add(row);
    }

    private long id() {
        return nextId++;
    }
}
