package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.transaction.CurrencyTotals;
import io.custmgr.customer.orders.transaction.CustomerTransaction;
import io.custmgr.customer.orders.transaction.PaidAmounts;
import io.custmgr.customer.orders.transaction.TransactionOrder;

import java.util.List;

/**
 * Reads the payment transactions of a customer's placed orders (not carts, not wishlists); archived payments and
 * transactions are left out, as Broadleaf leaves them out. Each method is one SQL statement; callers hold the
 * transaction.
 */
public interface TransactionDao {

    /** @return the customer's transactions, newest first (then highest id), a page of them */
    List<CustomerTransaction> readTransactions(Long customerId, int firstResult, int maxResults);

    /** @return per currency of the customer's orders: paid, refunded, outstanding and the number of transactions */
    List<CurrencyTotals> readTotals(Long customerId);

    /** @return the customer's placed orders with what was captured and refunded, newest first, at most max */
    List<TransactionOrder> readOrders(Long customerId, int max);

    /** @return the order if it is one of the customer's placed orders, else null */
    TransactionOrder readOrder(Long customerId, Long orderId);

    /** @return the order's active payments with what each captured and refunded, oldest first */
    List<PaidAmounts> readPayments(Long orderId);

    /** Takes the order's row lock until the transaction ends, so two refunds of one order cannot both pass. */
    void lockOrder(Long orderId);
}
