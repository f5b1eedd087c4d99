package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.detail.OrderDetail;
import io.custmgr.customer.orders.detail.OrderTotals;
import io.custmgr.customer.orders.type.PaymentStatus;
import org.hibernate.SQLQuery;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.ACTIVE_PAYMENT;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.ACTIVE_TRANSACTIONS;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.PLACED;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.TRANSACTION_SUMS;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.paymentStatus;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.paymentTotals;

/** Native SQL in the subset HSQLDB and PostgreSQL share, like {@link CustomerOrdersDaoImpl}, whose rules it reuses. */
@Repository("cmOrderDetailDao")
public class OrderDetailDaoImpl implements OrderDetailDao {

    static final String THE_ORDER = "o.CUSTOMER_ID = :customerId AND o.ORDER_NUMBER = :orderNumber";

    static final String HEADER = "SELECT o.ORDER_ID, o.ORDER_NUMBER, o.ORDER_STATUS, o.SUBMIT_DATE, o.CURRENCY_CODE,"
            + " o.ORDER_SUBTOTAL, o.TOTAL_SHIPPING, o.TOTAL_TAX, o.ORDER_TOTAL,"
            + " (SELECT SUM(a.ADJUSTMENT_VALUE) FROM BLC_ORDER_ADJUSTMENT a WHERE a.ORDER_ID = o.ORDER_ID) AS DISCOUNTS,"
            + " " + paymentStatus("pt", "o.ORDER_TOTAL") + " AS PAYMENT_STATUS"
            + " FROM BLC_ORDER o LEFT JOIN (" + paymentTotals("po.CUSTOMER_ID = :customerId AND po.ORDER_NUMBER = :orderNumber") + ") pt"
            + " ON pt.PAID_ORDER_ID = o.ORDER_ID"
            + " WHERE " + THE_ORDER + " AND " + PLACED;

    static final String SHIPMENTS = "SELECT COALESCE(fo.NAME, fg.METHOD) AS METHOD, fg.STATUS,"
            + " COALESCE(fg.PRICE, fg.SALE_PRICE, fg.RETAIL_PRICE) AS PRICE, fg.ADDRESS_ID"
            + " FROM BLC_FULFILLMENT_GROUP fg"
            + " LEFT JOIN BLC_FULFILLMENT_OPTION fo ON fo.FULFILLMENT_OPTION_ID = fg.FULFILLMENT_OPTION_ID"
            + " WHERE fg.ORDER_ID = :orderId"
            + " ORDER BY CASE WHEN fg.IS_PRIMARY = TRUE THEN 0 ELSE 1 END, fg.FULFILLMENT_GROUP_SEQUNCE,"
            + " fg.FULFILLMENT_GROUP_ID";

    /** Each payment's state against its own amount, by the order's rules. */
    static final String PAYMENTS = "SELECT x.PAYMENT_TYPE, x.AMOUNT, x.ADDRESS_ID, "
            + paymentStatus("x", "x.AMOUNT") + " AS PAYMENT_STATUS"
            + " FROM (SELECT p.ORDER_PAYMENT_ID, p.ORDER_ID AS PAID_ORDER_ID, p.PAYMENT_TYPE, p.AMOUNT, p.ADDRESS_ID,"
            + TRANSACTION_SUMS + " FROM BLC_ORDER_PAYMENT p" + ACTIVE_TRANSACTIONS
            + " WHERE p.ORDER_ID = :orderId AND " + ACTIVE_PAYMENT
            + " GROUP BY p.ORDER_PAYMENT_ID, p.ORDER_ID, p.PAYMENT_TYPE, p.AMOUNT, p.ADDRESS_ID) x"
            + " ORDER BY x.ORDER_PAYMENT_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public OrderDetail readPlacedOrder(Long customerId, String orderNumber) {
        SQLQuery query = sql(HEADER);
        query.addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_NUMBER", StandardBasicTypes.STRING)
                .addScalar("ORDER_STATUS", StandardBasicTypes.STRING)
                .addScalar("SUBMIT_DATE", StandardBasicTypes.TIMESTAMP)
                .addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("ORDER_SUBTOTAL", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("TOTAL_SHIPPING", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("TOTAL_TAX", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("ORDER_TOTAL", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("DISCOUNTS", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("PAYMENT_STATUS", StandardBasicTypes.STRING);
        query.setParameter("customerId", customerId).setParameter("orderNumber", orderNumber).setMaxResults(1);
        List<Object[]> rows = query.list();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        BigDecimal discounts = row[9] == null ? BigDecimal.ZERO : ((BigDecimal) row[9]).abs();
        OrderDetail order = new OrderDetail((Long) row[0], (String) row[1], (String) row[2], (Date) row[3],
                (String) row[4], new OrderTotals((BigDecimal) row[5], discounts, (BigDecimal) row[6],
                        (BigDecimal) row[7], (BigDecimal) row[8]));
        order.setPaymentStatus(PaymentStatus.getInstance((String) row[10]));
        return order;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ShipmentRow> readShipments(Long orderId) {
        SQLQuery query = sql(SHIPMENTS);
        query.addScalar("METHOD", StandardBasicTypes.STRING)
                .addScalar("STATUS", StandardBasicTypes.STRING)
                .addScalar("PRICE", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("ADDRESS_ID", StandardBasicTypes.LONG);
        query.setParameter("orderId", orderId);
        List<ShipmentRow> shipments = new ArrayList<ShipmentRow>();
        for (Object[] row : (List<Object[]>) query.list()) {
            shipments.add(new ShipmentRow((String) row[0], (String) row[1], (BigDecimal) row[2], (Long) row[3]));
        }
        return shipments;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PaymentRow> readPayments(Long orderId) {
        SQLQuery query = sql(PAYMENTS);
        query.addScalar("PAYMENT_TYPE", StandardBasicTypes.STRING)
                .addScalar("AMOUNT", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("ADDRESS_ID", StandardBasicTypes.LONG)
                .addScalar("PAYMENT_STATUS", StandardBasicTypes.STRING);
        query.setParameter("orderId", orderId);
        List<PaymentRow> payments = new ArrayList<PaymentRow>();
        for (Object[] row : (List<Object[]>) query.list()) {
            payments.add(new PaymentRow((String) row[0], (BigDecimal) row[1],
                    PaymentStatus.getInstance((String) row[3]), (Long) row[2]));
        }
        return payments;
    }

    private SQLQuery sql(String sql) {
        return em.unwrap(Session.class).createSQLQuery(sql);
    }
}
