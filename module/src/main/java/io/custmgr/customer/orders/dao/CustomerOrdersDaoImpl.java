package io.custmgr.customer.orders.dao;

import io.custmgr.assist.domain.AssistedOrderImpl;
import io.custmgr.common.jdbc.LikePatterns;
import io.custmgr.customer.orders.service.OpenCart;
import io.custmgr.customer.orders.service.OrderHistoryRow;
import io.custmgr.customer.orders.service.OrderLine;
import io.custmgr.customer.orders.service.WishlistItem;
import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.customer.orders.type.PaymentStatus;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.hibernate.SQLQuery;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Native SQL through blPU's Hibernate session (so Hibernate's statistics see every statement), written in the subset
 * HSQLDB and PostgreSQL share. Broadleaf's entities are not loaded: an order entity would pull its items, payments and
 * fulfillment groups one query at a time.
 */
@Repository("cmCustomerOrdersDao")
public class CustomerOrdersDaoImpl implements CustomerOrdersDao {

    /** Orders that are neither a cart nor a wishlist. */
    static final String PLACED = OrderKinds.placedCondition("o");

    /** Sums of successful transactions by kind over the payment(s) grouped (see {@link PaymentStatus}). */
    static final String TRANSACTION_SUMS = " SUM(" + successful("t.TRANSACTION_TYPE IN ('CAPTURE', 'AUTHORIZE_AND_CAPTURE')")
            + ") AS CAPTURED,"
            + " SUM(" + successful("t.TRANSACTION_TYPE = 'REFUND'") + ") AS REFUNDED,"
            + " SUM(" + successful("t.TRANSACTION_TYPE = 'AUTHORIZE'") + ") AS AUTHORIZED,"
            + " SUM(" + successful("t.TRANSACTION_TYPE IN ('VOID', 'REVERSE_AUTH')") + ") AS REVERSED,"
            + " SUM(CASE WHEN t.SUCCESS = TRUE AND t.TRANSACTION_TYPE = 'UNCONFIRMED' THEN 1 ELSE 0 END) AS UNCONFIRMED,"
            + " COUNT(t.PAYMENT_TRANSACTION_ID) AS TRANSACTIONS";

    /** Transactions {@code t} of payments {@code p} that are not archived. */
    static final String ACTIVE_TRANSACTIONS = " LEFT JOIN BLC_ORDER_PAYMENT_TRANSACTION t"
            + " ON t.ORDER_PAYMENT = p.ORDER_PAYMENT_ID AND (t.ARCHIVED IS NULL OR t.ARCHIVED <> 'Y')";

    static final String ACTIVE_PAYMENT = "(p.ARCHIVED IS NULL OR p.ARCHIVED <> 'Y')";

    /** Per order of the customer: the transaction sums of its active payments. */
    static final String PAYMENT_TOTALS = paymentTotals("po.CUSTOMER_ID = :customerId");

    /** The {@link PaymentStatus} code of an order from its payment totals. */
    static final String PAYMENT_STATUS = paymentStatus("pt", "o.ORDER_TOTAL");

    static final String PLACED_ORDERS = "SELECT o.ORDER_ID, o.ORDER_NUMBER, o.SUBMIT_DATE, o.ORDER_TOTAL,"
            + " o.CURRENCY_CODE, o.ORDER_STATUS, " + PAYMENT_STATUS + " AS PAYMENT_STATUS, ao.ADMIN_NAME AS PLACED_BY"
            + " FROM BLC_ORDER o LEFT JOIN (" + PAYMENT_TOTALS + ") pt ON pt.PAID_ORDER_ID = o.ORDER_ID"
            + " LEFT JOIN " + AssistedOrderImpl.TABLE + " ao ON ao.ORDER_ID = o.ORDER_ID"
            + " WHERE o.CUSTOMER_ID = :customerId AND " + PLACED;

    static final String UNIT_PRICE = "COALESCE(i.PRICE, i.SALE_PRICE, i.RETAIL_PRICE)";

    /** The item's own time (module column), else its wishlist's creation (items from before the module). */
    static final String DATE_ADDED = "COALESCE(i.CM_DATE_ADDED, o.DATE_CREATED)";

    /** A later submitted, not cancelled order of the same customer holds the same SKU or product. */
    static final String BOUGHT_LATER = "CASE WHEN EXISTS (SELECT 1 FROM BLC_ORDER b"
            + " JOIN BLC_ORDER_ITEM bi ON bi.ORDER_ID = b.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM bd ON bd.ORDER_ITEM_ID = bi.ORDER_ITEM_ID"
            + " WHERE b.CUSTOMER_ID = o.CUSTOMER_ID AND " + OrderKinds.placedCondition("b")
            + " AND (b.ORDER_STATUS IS NULL OR b.ORDER_STATUS <> '" + OrderStatus.CANCELLED.getType() + "')"
            + " AND b.SUBMIT_DATE IS NOT NULL AND (" + DATE_ADDED + " IS NULL OR b.SUBMIT_DATE >= " + DATE_ADDED + ")"
            + " AND (bd.SKU_ID = d.SKU_ID OR bd.PRODUCT_ID = d.PRODUCT_ID)) THEN 1 ELSE 0 END";

    static final String WISHLIST_ITEMS = "SELECT i.ORDER_ITEM_ID, o.ORDER_ID, o.NAME AS WISHLIST_NAME,"
            + " COALESCE(i.NAME, s.NAME) AS ITEM_NAME, d.SKU_ID, d.PRODUCT_ID, " + DATE_ADDED + " AS DATE_ADDED,"
            + " COALESCE(m1.URL, m2.URL) AS IMAGE_URL, " + BOUGHT_LATER + " AS BOUGHT"
            + " FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID AND i.PARENT_ORDER_ITEM_ID IS NULL"
            + " LEFT JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
            + " LEFT JOIN BLC_SKU s ON s.SKU_ID = d.SKU_ID"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID"
            + " LEFT JOIN BLC_SKU_MEDIA_MAP sm1 ON sm1.BLC_SKU_SKU_ID = d.SKU_ID AND sm1.MAP_KEY = 'primary'"
            + " LEFT JOIN BLC_MEDIA m1 ON m1.MEDIA_ID = sm1.MEDIA_ID"
            + " LEFT JOIN BLC_SKU_MEDIA_MAP sm2 ON sm2.BLC_SKU_SKU_ID = p.DEFAULT_SKU_ID AND sm2.MAP_KEY = 'primary'"
            + " LEFT JOIN BLC_MEDIA m2 ON m2.MEDIA_ID = sm2.MEDIA_ID"
            + " WHERE o.CUSTOMER_ID = :customerId AND " + OrderKinds.wishlistCondition("o")
            + " ORDER BY CASE WHEN " + DATE_ADDED + " IS NULL THEN 1 ELSE 0 END, " + DATE_ADDED + " DESC,"
            + " i.ORDER_ITEM_ID DESC";

    static final String OPEN_CART = "SELECT o.ORDER_ID, COALESCE(o.DATE_UPDATED, o.DATE_CREATED) AS LAST_CHANGE,"
            + " o.CURRENCY_CODE, i.ORDER_ITEM_ID, i.NAME, i.QUANTITY, " + UNIT_PRICE + " AS UNIT_PRICE"
            + " FROM BLC_ORDER o"
            + " LEFT JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID AND i.PARENT_ORDER_ITEM_ID IS NULL"
            + " WHERE o.CUSTOMER_ID = :customerId AND " + OrderKinds.cartCondition("o")
            + " ORDER BY CASE WHEN COALESCE(o.DATE_UPDATED, o.DATE_CREATED) IS NULL THEN 1 ELSE 0 END,"
            + " COALESCE(o.DATE_UPDATED, o.DATE_CREATED) DESC, o.ORDER_ID DESC, i.ORDER_ITEM_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Per order {@code po} that meets the condition: the transaction sums of its active payments. */
    static String paymentTotals(String orderCondition) {
        return "SELECT p.ORDER_ID AS PAID_ORDER_ID," + TRANSACTION_SUMS + " FROM BLC_ORDER_PAYMENT p"
                + " JOIN BLC_ORDER po ON po.ORDER_ID = p.ORDER_ID AND " + orderCondition
                + ACTIVE_TRANSACTIONS + " WHERE " + ACTIVE_PAYMENT + " GROUP BY p.ORDER_ID";
    }

    /**
     * The {@link PaymentStatus} code from transaction sums (columns of {@code sums}, whose PAID_ORDER_ID is null
     * without any active payment) against the amount {@code due}; the first rule that holds wins. TRIM: HSQLDB types
     * a CASE of literals as CHAR of the longest one, padded.
     */
    static String paymentStatus(String sums, String due) {
        String s = sums + ".";
        return "TRIM(CASE"
                + " WHEN " + s + "PAID_ORDER_ID IS NULL THEN 'NONE'"
                + " WHEN " + s + "REFUNDED > 0 AND " + s + "REFUNDED >= " + s + "CAPTURED THEN 'REFUNDED'"
                + " WHEN " + s + "REFUNDED > 0 THEN 'PARTIALLY_REFUNDED'"
                + " WHEN " + s + "CAPTURED > 0 AND " + s + "CAPTURED >= COALESCE(" + due + ", 0) THEN 'PAID'"
                + " WHEN " + s + "CAPTURED > 0 THEN 'PARTIALLY_PAID'"
                + " WHEN " + s + "AUTHORIZED > " + s + "REVERSED THEN 'AUTHORIZED'"
                + " WHEN " + s + "REVERSED > 0 THEN 'VOIDED'"
                + " WHEN " + s + "UNCONFIRMED > 0 THEN 'UNCONFIRMED'"
                + " WHEN " + s + "TRANSACTIONS > 0 THEN 'FAILED'"
                + " ELSE 'PENDING' END)";
    }

    private static String successful(String condition) {
        return "CASE WHEN t.SUCCESS = TRUE AND " + condition + " THEN COALESCE(t.TRANSACTION_AMOUNT, 0) ELSE 0 END";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrderHistoryRow> readOrders(Long customerId, OrderSearch search, int firstResult, int maxResults) {
        SQLQuery query = sql("SELECT * FROM (" + PLACED_ORDERS + ") x" + where(search)
                + " ORDER BY CASE WHEN x.SUBMIT_DATE IS NULL THEN 1 ELSE 0 END, x.SUBMIT_DATE DESC, x.ORDER_ID DESC");
        query.addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_NUMBER", StandardBasicTypes.STRING)
                .addScalar("SUBMIT_DATE", StandardBasicTypes.TIMESTAMP)
                .addScalar("ORDER_TOTAL", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("ORDER_STATUS", StandardBasicTypes.STRING)
                .addScalar("PAYMENT_STATUS", StandardBasicTypes.STRING)
                .addScalar("PLACED_BY", StandardBasicTypes.STRING);
        bind(query, customerId, search);
        query.setFirstResult(firstResult).setMaxResults(maxResults);
        List<OrderHistoryRow> rows = new ArrayList<OrderHistoryRow>();
        for (Object[] row : (List<Object[]>) query.list()) {
            rows.add(new OrderHistoryRow((Long) row[0], (String) row[1], (Date) row[2], (BigDecimal) row[3],
                    (String) row[4], (String) row[5], PaymentStatus.getInstance((String) row[6]))
                    .placedByAdmin((String) row[7]));
        }
        return rows;
    }

    @Override
    public long countOrders(Long customerId, OrderSearch search) {
        SQLQuery query = sql("SELECT COUNT(*) AS MATCHING FROM (" + PLACED_ORDERS + ") x" + where(search));
        query.addScalar("MATCHING", StandardBasicTypes.LONG);
        bind(query, customerId, search);
        return (Long) query.uniqueResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, List<OrderLine>> readLines(Collection<Long> orderIds) {
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<Long, List<OrderLine>>();
        if (orderIds.isEmpty()) {
            return lines;
        }
        SQLQuery query = sql("SELECT i.ORDER_ID, i.ORDER_ITEM_ID, i.NAME, i.QUANTITY, " + UNIT_PRICE + " AS UNIT_PRICE"
                + " FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID IN (:orderIds) AND i.PARENT_ORDER_ITEM_ID IS NULL"
                + " ORDER BY i.ORDER_ID, i.ORDER_ITEM_ID");
        query.addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_ITEM_ID", StandardBasicTypes.LONG)
                .addScalar("NAME", StandardBasicTypes.STRING)
                .addScalar("QUANTITY", StandardBasicTypes.INTEGER)
                .addScalar("UNIT_PRICE", StandardBasicTypes.BIG_DECIMAL);
        query.setParameterList("orderIds", orderIds);
        for (Object[] row : (List<Object[]>) query.list()) {
            Long orderId = (Long) row[0];
            if (!lines.containsKey(orderId)) {
                lines.put(orderId, new ArrayList<OrderLine>());
            }
            lines.get(orderId).add(line(row, 1));
        }
        return lines;
    }

    @Override
    @SuppressWarnings("unchecked")
    public OpenCart readOpenCart(Long customerId, int maxLines) {
        SQLQuery query = sql(OPEN_CART);
        query.addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("LAST_CHANGE", StandardBasicTypes.TIMESTAMP)
                .addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("ORDER_ITEM_ID", StandardBasicTypes.LONG)
                .addScalar("NAME", StandardBasicTypes.STRING)
                .addScalar("QUANTITY", StandardBasicTypes.INTEGER)
                .addScalar("UNIT_PRICE", StandardBasicTypes.BIG_DECIMAL);
        query.setParameter("customerId", customerId).setMaxResults(maxLines);
        OpenCart cart = null;
        for (Object[] row : (List<Object[]>) query.list()) {
            if (cart == null) {
                cart = new OpenCart((Long) row[0], (Date) row[1], (String) row[2]);
            } else if (!cart.getOrderId().equals(row[0])) {
                break; // an older second cart: Broadleaf works with the newest one
            }
            if (row[3] != null) {
                cart.addLine(line(row, 3));
            }
        }
        return cart;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WishlistItem> readWishlistItems(Long customerId, int maxResults) {
        SQLQuery query = sql(WISHLIST_ITEMS);
        query.addScalar("ORDER_ITEM_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("WISHLIST_NAME", StandardBasicTypes.STRING)
                .addScalar("ITEM_NAME", StandardBasicTypes.STRING)
                .addScalar("SKU_ID", StandardBasicTypes.LONG)
                .addScalar("PRODUCT_ID", StandardBasicTypes.LONG)
                .addScalar("DATE_ADDED", StandardBasicTypes.TIMESTAMP)
                .addScalar("IMAGE_URL", StandardBasicTypes.STRING)
                .addScalar("BOUGHT", StandardBasicTypes.INTEGER);
        query.setParameter("customerId", customerId).setMaxResults(maxResults);
        List<WishlistItem> items = new ArrayList<WishlistItem>();
        for (Object[] row : (List<Object[]>) query.list()) {
            items.add(new WishlistItem((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Long) row[4],
                    (Long) row[5], (Date) row[6], (String) row[7], ((Integer) row[8]) == 1));
        }
        return items;
    }

    private SQLQuery sql(String sql) {
        return em.unwrap(Session.class).createSQLQuery(sql);
    }

    private static OrderLine line(Object[] row, int first) {
        Integer quantity = (Integer) row[first + 2];
        return new OrderLine((Long) row[first], (String) row[first + 1], quantity == null ? 0 : quantity,
                (BigDecimal) row[first + 3]);
    }

    /** Any of the search's criteria; parameters bound by {@link #bind}. */
    static String where(OrderSearch search) {
        if (search.isEmpty()) {
            return "";
        }
        StringBuilder any = new StringBuilder(" WHERE (LOWER(x.ORDER_NUMBER) LIKE :like ESCAPE '!'")
                .append(" OR LOWER(x.ORDER_STATUS) LIKE :like ESCAPE '!'")
                // not a correlated EXISTS: HSQLDB 2.3 finds nothing correlating into this derived table
                .append(" OR x.ORDER_ID IN (SELECT fi.ORDER_ID FROM BLC_ORDER_ITEM fi")
                .append(" JOIN BLC_ORDER fo ON fo.ORDER_ID = fi.ORDER_ID WHERE fo.CUSTOMER_ID = :customerId")
                .append(" AND LOWER(fi.NAME) LIKE :like ESCAPE '!')");
        if (!search.getOrderStatuses().isEmpty()) {
            any.append(" OR x.ORDER_STATUS IN (:orderStatuses)");
        }
        if (!search.getPaymentStatuses().isEmpty()) {
            any.append(" OR x.PAYMENT_STATUS IN (:paymentStatuses)");
        }
        if (search.getSubmittedFrom() != null) {
            any.append(" OR (x.SUBMIT_DATE >= :submittedFrom AND x.SUBMIT_DATE < :submittedBefore)");
        }
        if (search.getTotal() != null) {
            any.append(" OR x.ORDER_TOTAL = :total");
        }
        return any.append(")").toString();
    }

    private static void bind(SQLQuery query, Long customerId, OrderSearch search) {
        query.setParameter("customerId", customerId);
        if (search.isEmpty()) {
            return;
        }
        query.setParameter("like", LikePatterns.containing(search.getContainsText()));
        if (!search.getOrderStatuses().isEmpty()) {
            query.setParameterList("orderStatuses", search.getOrderStatuses());
        }
        if (!search.getPaymentStatuses().isEmpty()) {
            query.setParameterList("paymentStatuses", search.getPaymentStatuses());
        }
        if (search.getSubmittedFrom() != null) {
            query.setTimestamp("submittedFrom", search.getSubmittedFrom());
            query.setTimestamp("submittedBefore", search.getSubmittedBefore());
        }
        if (search.getTotal() != null) {
            query.setBigDecimal("total", search.getTotal());
        }
    }
}
