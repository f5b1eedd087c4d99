package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.transaction.CurrencyTotals;
import io.custmgr.customer.orders.transaction.CustomerTransaction;
import io.custmgr.customer.orders.transaction.ManualTransactionService;
import io.custmgr.customer.orders.transaction.PaidAmounts;
import io.custmgr.customer.orders.transaction.TransactionOrder;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.hibernate.SQLQuery;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.ACTIVE_PAYMENT;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.ACTIVE_TRANSACTIONS;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.PLACED;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.TRANSACTION_SUMS;
import static io.custmgr.customer.orders.dao.CustomerOrdersDaoImpl.paymentTotals;

/** Native SQL in the subset HSQLDB, PostgreSQL and MariaDB share, on the payment rules of {@link CustomerOrdersDaoImpl}. */
@Repository("cmTransactionDao")
public class TransactionDaoImpl implements TransactionDao {

    /** A transaction's additional field (BLC_TRANS_ADDITNL_FIELDS) of this name, as alias {@code alias}. */
    static String field(String alias, String name) {
        return " LEFT JOIN BLC_TRANS_ADDITNL_FIELDS " + alias + " ON " + alias
                + ".PAYMENT_TRANSACTION_ID = t.PAYMENT_TRANSACTION_ID AND " + alias + ".FIELD_NAME = '" + name + "'";
    }

    static final String TRANSACTIONS = "SELECT t.PAYMENT_TRANSACTION_ID, o.ORDER_ID, o.ORDER_NUMBER,"
            + " t.TRANSACTION_TYPE, t.TRANSACTION_AMOUNT, o.CURRENCY_CODE, t.SUCCESS, t.DATE_RECORDED, p.PAYMENT_TYPE,"
            + " COALESCE(fr.FIELD_VALUE, p.REFERENCE_NUMBER) AS REFERENCE, fw.FIELD_VALUE AS REASON"
            + " FROM BLC_ORDER o"
            + " JOIN BLC_ORDER_PAYMENT p ON p.ORDER_ID = o.ORDER_ID AND " + ACTIVE_PAYMENT
            + " JOIN BLC_ORDER_PAYMENT_TRANSACTION t ON t.ORDER_PAYMENT = p.ORDER_PAYMENT_ID"
            + " AND (t.ARCHIVED IS NULL OR t.ARCHIVED <> 'Y')"
            + field("fr", ManualTransactionService.REFERENCE_FIELD)
            + field("fw", ManualTransactionService.REASON_FIELD)
            + " WHERE o.CUSTOMER_ID = :customerId AND " + PLACED
            + " ORDER BY CASE WHEN t.DATE_RECORDED IS NULL THEN 1 ELSE 0 END, t.DATE_RECORDED DESC,"
            + " t.PAYMENT_TRANSACTION_ID DESC";

    static final String CAPTURED = "COALESCE(pt.CAPTURED, 0)";

    /** Per placed order: currency, captured, refunded, outstanding, number of transactions. */
    static final String ORDER_MONEY = "SELECT o.CURRENCY_CODE, " + CAPTURED + " AS CAPTURED,"
            + " COALESCE(pt.REFUNDED, 0) AS REFUNDED,"
            + " CASE WHEN o.ORDER_STATUS = '" + OrderStatus.CANCELLED.getType() + "'"
            + " OR COALESCE(o.ORDER_TOTAL, 0) <= " + CAPTURED + " THEN 0"
            + " ELSE COALESCE(o.ORDER_TOTAL, 0) - " + CAPTURED + " END AS OUTSTANDING,"
            + " COALESCE(pt.TRANSACTIONS, 0) AS TRANSACTIONS"
            + " FROM BLC_ORDER o LEFT JOIN (" + paymentTotals("po.CUSTOMER_ID = :customerId") + ") pt"
            + " ON pt.PAID_ORDER_ID = o.ORDER_ID"
            + " WHERE o.CUSTOMER_ID = :customerId AND " + PLACED;

    static final String TOTALS = "SELECT m.CURRENCY_CODE, SUM(m.CAPTURED) AS PAID, SUM(m.REFUNDED) AS REFUNDED,"
            + " SUM(m.OUTSTANDING) AS OUTSTANDING, SUM(m.TRANSACTIONS) AS TRANSACTIONS"
            + " FROM (" + ORDER_MONEY + ") m GROUP BY m.CURRENCY_CODE ORDER BY m.CURRENCY_CODE";

    static final String ORDERS = "SELECT o.ORDER_ID, o.ORDER_NUMBER, o.CURRENCY_CODE, o.ORDER_TOTAL, o.SUBMIT_DATE,"
            + " o.ORDER_STATUS, pt.CAPTURED, pt.REFUNDED"
            + " FROM BLC_ORDER o LEFT JOIN (" + paymentTotals("po.CUSTOMER_ID = :customerId") + ") pt"
            + " ON pt.PAID_ORDER_ID = o.ORDER_ID"
            + " WHERE o.CUSTOMER_ID = :customerId AND " + PLACED;

    static final String NEWEST_FIRST = " ORDER BY CASE WHEN o.SUBMIT_DATE IS NULL THEN 1 ELSE 0 END,"
            + " o.SUBMIT_DATE DESC, o.ORDER_ID DESC";

    static final String PAYMENTS = "SELECT p.ORDER_PAYMENT_ID, " + TRANSACTION_SUMS + " FROM BLC_ORDER_PAYMENT p"
            + ACTIVE_TRANSACTIONS + " WHERE p.ORDER_ID = :orderId AND " + ACTIVE_PAYMENT
            + " GROUP BY p.ORDER_PAYMENT_ID ORDER BY p.ORDER_PAYMENT_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    @SuppressWarnings("unchecked")
    public List<CustomerTransaction> readTransactions(Long customerId, int firstResult, int maxResults) {
        SQLQuery query = sql(TRANSACTIONS);
        query.addScalar("PAYMENT_TRANSACTION_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_NUMBER", StandardBasicTypes.STRING)
                .addScalar("TRANSACTION_TYPE", StandardBasicTypes.STRING)
                .addScalar("TRANSACTION_AMOUNT", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("SUCCESS", StandardBasicTypes.BOOLEAN)
                .addScalar("DATE_RECORDED", StandardBasicTypes.TIMESTAMP)
                .addScalar("PAYMENT_TYPE", StandardBasicTypes.STRING)
                .addScalar("REFERENCE", StandardBasicTypes.STRING)
                .addScalar("REASON", StandardBasicTypes.STRING);
        query.setParameter("customerId", customerId).setFirstResult(firstResult).setMaxResults(maxResults);
        List<CustomerTransaction> transactions = new ArrayList<CustomerTransaction>();
        for (Object[] row : (List<Object[]>) query.list()) {
            transactions.add(new CustomerTransaction((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                    (BigDecimal) row[4], (String) row[5], (Boolean) row[6], (Date) row[7], (String) row[8],
                    (String) row[9], (String) row[10]));
        }
        return transactions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CurrencyTotals> readTotals(Long customerId) {
        SQLQuery query = sql(TOTALS);
        query.addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("PAID", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("REFUNDED", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("OUTSTANDING", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("TRANSACTIONS", StandardBasicTypes.LONG);
        query.setParameter("customerId", customerId);
        List<CurrencyTotals> totals = new ArrayList<CurrencyTotals>();
        for (Object[] row : (List<Object[]>) query.list()) {
            totals.add(new CurrencyTotals((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2],
                    (BigDecimal) row[3], row[4] == null ? 0 : (Long) row[4]));
        }
        return totals;
    }

    @Override
    public List<TransactionOrder> readOrders(Long customerId, int max) {
        SQLQuery query = orders(ORDERS + NEWEST_FIRST, customerId);
        query.setMaxResults(max);
        return toOrders(query);
    }

    @Override
    public TransactionOrder readOrder(Long customerId, Long orderId) {
        SQLQuery query = orders(ORDERS + " AND o.ORDER_ID = :orderId", customerId);
        query.setParameter("orderId", orderId);
        List<TransactionOrder> orders = toOrders(query);
        return orders.isEmpty() ? null : orders.get(0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PaidAmounts> readPayments(Long orderId) {
        SQLQuery query = sql(PAYMENTS);
        query.addScalar("ORDER_PAYMENT_ID", StandardBasicTypes.LONG)
                .addScalar("CAPTURED", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("REFUNDED", StandardBasicTypes.BIG_DECIMAL);
        query.setParameter("orderId", orderId);
        List<PaidAmounts> payments = new ArrayList<PaidAmounts>();
        for (Object[] row : (List<Object[]>) query.list()) {
            payments.add(new PaidAmounts((Long) row[0], (BigDecimal) row[1], (BigDecimal) row[2]));
        }
        return payments;
    }

    @Override
    public void lockOrder(Long orderId) {
        // plain JDBC: a native Hibernate update would evict Broadleaf's second-level caches
        jdbc.update("UPDATE BLC_ORDER SET ORDER_ID = ORDER_ID WHERE ORDER_ID = ?", orderId);
    }

    private SQLQuery orders(String sql, Long customerId) {
        SQLQuery query = sql(sql);
        query.addScalar("ORDER_ID", StandardBasicTypes.LONG)
                .addScalar("ORDER_NUMBER", StandardBasicTypes.STRING)
                .addScalar("CURRENCY_CODE", StandardBasicTypes.STRING)
                .addScalar("ORDER_TOTAL", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("SUBMIT_DATE", StandardBasicTypes.TIMESTAMP)
                .addScalar("ORDER_STATUS", StandardBasicTypes.STRING)
                .addScalar("CAPTURED", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("REFUNDED", StandardBasicTypes.BIG_DECIMAL);
        query.setParameter("customerId", customerId);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<TransactionOrder> toOrders(SQLQuery query) {
        List<TransactionOrder> orders = new ArrayList<TransactionOrder>();
        for (Object[] row : (List<Object[]>) query.list()) {
            orders.add(new TransactionOrder((Long) row[0], (String) row[1], (String) row[2], (BigDecimal) row[3],
                    (Date) row[4], (String) row[5], (BigDecimal) row[6], (BigDecimal) row[7]));
        }
        return orders;
    }

    private SQLQuery sql(String sql) {
        return em.unwrap(Session.class).createSQLQuery(sql);
    }
}
