package io.custmgr.search.dao;

import io.custmgr.common.jdbc.IdScope;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.search.index.CustomerFields;
import org.apache.solr.common.SolrInputDocument;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.Map;

/** Order figures (count, total spent, last order) and the names and SKUs of ordered products, placed orders only. */
final class CustomerOrderColumns {

    /** Placed and not cancelled: what a merchant counts as a customer's orders and spending. */
    static final String COUNTED = OrderKinds.placedCondition("o") + " AND (o.ORDER_STATUS IS NULL"
            + " OR o.ORDER_STATUS <> 'CANCELLED')";

    static final String TOTALS = "SELECT o.CUSTOMER_ID, COUNT(*) AS ORDERS, SUM(o.ORDER_TOTAL) AS SPENT,"
            + " MAX(o.SUBMIT_DATE) AS LAST_ORDER FROM BLC_ORDER o WHERE o.CUSTOMER_ID IN (:ids) AND " + COUNTED
            + " GROUP BY o.CUSTOMER_ID";

    static final String PRODUCTS = "SELECT DISTINCT o.CUSTOMER_ID, i.NAME, d.SKU_ID FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " WHERE o.CUSTOMER_ID IN (:ids) AND " + OrderKinds.placedCondition("o");

    /**
     * PostgreSQL: the same rows, the batch's placed orders first collected into an array ({@code ARRAY(SELECT …)}, an
     * init plan run once) whose items are then found through {@code BLC_ORDER_ITEM}'s order index. Given the join,
     * PostgreSQL hashed the batch's orders against a sequential scan of every order item of the shop, for every batch
     * (140 ms per 5,000 customers at 200,000 items, growing with the table: the rebuild read the items table once per
     * batch); this way it reads only the batch's items (31 ms, whatever the table's size).
     */
    static final String PRODUCTS_POSTGRES = "SELECT DISTINCT o.CUSTOMER_ID, i.NAME, d.SKU_ID FROM BLC_ORDER_ITEM i"
            + " JOIN BLC_ORDER o ON o.ORDER_ID = i.ORDER_ID"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " WHERE i.ORDER_ID = ANY (ARRAY (SELECT po.ORDER_ID FROM BLC_ORDER po WHERE po.CUSTOMER_ID IN (:ids) AND "
            + OrderKinds.placedCondition("po") + "))";

    /** @param postgres whether to read the products by {@link #PRODUCTS_POSTGRES} */
    void add(NamedParameterJdbcTemplate named, IdScope scope, Map<Long, SolrInputDocument> docs, boolean postgres) {
        MapSqlParameterSource ids = scope.parameters();
        named.query(scope.sql(TOTALS), ids, CustomerDocumentDaoImpl.each(docs, new CustomerDocumentDaoImpl.Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                doc.setField(CustomerFields.ORDER_COUNT, rs.getInt("ORDERS"));
                BigDecimal spent = rs.getBigDecimal("SPENT");
                doc.setField(CustomerFields.TOTAL_SPENT, spent == null ? 0d : spent.doubleValue());
                Date last = rs.getTimestamp("LAST_ORDER");
                if (last != null) {
                    doc.setField(CustomerFields.LAST_ORDER, last);
                }
            }
        }));
        named.query(scope.sql(postgres ? PRODUCTS_POSTGRES : PRODUCTS), ids, CustomerDocumentDaoImpl.each(docs, new CustomerDocumentDaoImpl.Row() {
            @Override
            public void add(SolrInputDocument doc, ResultSet rs) throws SQLException {
                CustomerDocumentRows.addDistinct(doc, CustomerFields.PRODUCT, rs.getString(2));
                long sku = rs.getLong(3);
                if (!rs.wasNull()) {
                    CustomerDocumentRows.addDistinct(doc, CustomerFields.SKU, Long.toString(sku));
                }
            }
        }));
    }
}
