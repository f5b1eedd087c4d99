package io.custmgr.customer.orders.transaction;

import java.util.List;

/**
 * A customer's payment transactions across all placed orders, for the admin's Transactions tab. Every method reads in
 * one SQL statement whatever the number of orders and opens its own read-only transaction when there is none.
 */
public interface CustomerTransactionService {

    /** @param page 0-based; @return a page of the customer's transactions, newest first */
    List<CustomerTransaction> findTransactions(Long customerId, int page, int pageSize);

    /** @return paid, refunded and outstanding per currency of the customer's orders (empty without orders) */
    List<CurrencyTotals> findTotals(Long customerId);

    /** @return the customer's placed orders, newest first, at most max, for choosing one in the manual form */
    List<TransactionOrder> findOrders(Long customerId, int max);
}
