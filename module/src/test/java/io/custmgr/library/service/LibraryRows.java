package io.custmgr.library.service;

import io.custmgr.library.domain.DigitalProduct;
import io.custmgr.library.type.DigitalPackageType;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

/** Committed catalog and order rows for the library tests; {@link #deleteProducts()} removes the products. */
final class LibraryRows {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final EntityConfiguration entities;
    private final List<long[]> products = new ArrayList<long[]>();
    private final List<Long> bundleItems = new ArrayList<Long>();
    private long nextId = 8300000000L + (System.nanoTime() % 100000L) * 10000L;

    LibraryRows(JdbcTemplate jdbc, TransactionTemplate tx, EntityManager em, EntityConfiguration entities) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.em = em;
        this.entities = entities;
    }

    /** @return {skuId, productId} of a new product, digital or not */
    long[] product(String name, boolean digital) {
        return product(name, digital, null);
    }

    long[] product(final String name, final boolean digital, final DigitalPackageType type) {
        long[] ids = tx.execute(status -> {
            Sku sku = (Sku) entities.createEntityInstance(Sku.class.getName());
            sku.setName(name);
            em.persist(sku);
            Product product = (Product) entities.createEntityInstance(Product.class.getName());
            product.setDefaultSku(sku);
            ((DigitalProduct) product).getDigitalSettings().setDigital(digital);
            ((DigitalProduct) product).getDigitalSettings().setPackageType(type);
            em.persist(product);
            return new long[] {sku.getId(), product.getId()};
        });
        products.add(ids);
        return ids;
    }

    /** A placed order (SUBMITTED) of the customer with one line per product; @return the order id */
    long placedOrder(long customer, long[]... lines) {
        long order = nextId++;
        jdbc.update("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_NUMBER, SUBMIT_DATE, ORDER_TOTAL)"
                + " VALUES (?, ?, 'SUBMITTED', ?, ?, 0)", order, customer, "L" + order,
                new Timestamp(System.currentTimeMillis()));
        lines(order, lines);
        return order;
    }

    void lines(long order, long[]... lines) {
        for (long[] line : lines) {
            long item = nextId++;
            jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, QUANTITY, PRICE, ORDER_ITEM_TYPE)"
                    + " VALUES (?, ?, 'line', 1, ?, 'org.broadleafcommerce.core.order.service.type.OrderItemType.DISCRETE')",
                    item, order, BigDecimal.ZERO);
            jdbc.update("INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID) VALUES (?, ?, ?)", item,
                    line[0], line[1]);
        }
    }

    /**
     * A bundle line of the order as Broadleaf writes one: the bundle's order item (with the order's id) and one
     * discrete item per bundled SKU pointing at it through BUNDLE_ORDER_ITEM_ID, without an order id of its own and
     * with the bundle as its product.
     */
    void bundleLine(long order, long[] bundle, long[]... items) {
        long bundleItem = nextId++;
        jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, QUANTITY, PRICE, ORDER_ITEM_TYPE)"
                + " VALUES (?, ?, 'bundle', 1, ?, 'org.broadleafcommerce.core.order.service.type.OrderItemType.BUNDLE')",
                bundleItem, order, BigDecimal.ZERO);
        // the bundle product itself (BLC_PRODUCT_BUNDLE) is left out: the library reads the bundled lines
        jdbc.update("INSERT INTO BLC_BUNDLE_ORDER_ITEM (ORDER_ITEM_ID) VALUES (?)", bundleItem);
        bundleItems.add(bundleItem);
        for (long[] line : items) {
            long item = nextId++;
            jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, NAME, QUANTITY, PRICE, ORDER_ITEM_TYPE)"
                    + " VALUES (?, 'bundled', 1, ?, 'org.broadleafcommerce.core.order.service.type.OrderItemType.DISCRETE')",
                    item, BigDecimal.ZERO);
            jdbc.update("INSERT INTO BLC_DISCRETE_ORDER_ITEM (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID, BUNDLE_ORDER_ITEM_ID)"
                    + " VALUES (?, ?, ?, ?)", item, line[0], bundle[1], bundleItem);
        }
    }

    void status(long order, String status) {
        jdbc.update("UPDATE BLC_ORDER SET ORDER_STATUS = ? WHERE ORDER_ID = ?", status, order);
    }

    /** Run before the customers (and their orders) go. */
    void deleteBundleLines() {
        for (Long bundleItem : bundleItems) {
            List<Long> children = jdbc.queryForList("SELECT ORDER_ITEM_ID FROM BLC_DISCRETE_ORDER_ITEM"
                    + " WHERE BUNDLE_ORDER_ITEM_ID = ?", Long.class, bundleItem);
            jdbc.update("DELETE FROM BLC_DISCRETE_ORDER_ITEM WHERE BUNDLE_ORDER_ITEM_ID = ?", bundleItem);
            for (Long child : children) {
                jdbc.update("DELETE FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = ?", child);
            }
            jdbc.update("DELETE FROM BLC_BUNDLE_ORDER_ITEM WHERE ORDER_ITEM_ID = ?", bundleItem);
            jdbc.update("DELETE FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = ?", bundleItem);
        }
        bundleItems.clear();
    }

    /** Run after the customers (and their orders) are gone. */
    void deleteProducts() {
        for (long[] ids : products) {
            jdbc.update("DELETE FROM CM_LIBRARY_ENTRY WHERE PRODUCT_ID = ?", ids[1]);
            jdbc.update("UPDATE BLC_PRODUCT SET DEFAULT_SKU_ID = NULL WHERE PRODUCT_ID = ?", ids[1]);
            jdbc.update("DELETE FROM BLC_SKU WHERE SKU_ID = ?", ids[0]);
            jdbc.update("DELETE FROM BLC_PRODUCT WHERE PRODUCT_ID = ?", ids[1]);
        }
        products.clear();
    }
}
