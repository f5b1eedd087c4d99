package io.custmgr.customer.orders.transaction;

import java.math.BigDecimal;

/**
 * A customer's money in one currency over all placed orders: captured (paid), refunded, and outstanding (what the
 * orders that are not cancelled still lack of their totals: total minus captured, never below zero per order).
 */
public class CurrencyTotals {

    private final String currencyCode;
    private final BigDecimal paid;
    private final BigDecimal refunded;
    private final BigDecimal outstanding;
    private final long transactions;

    public CurrencyTotals(String currencyCode, BigDecimal paid, BigDecimal refunded, BigDecimal outstanding,
            long transactions) {
        this.currencyCode = currencyCode;
        this.paid = paid == null ? BigDecimal.ZERO : paid;
        this.refunded = refunded == null ? BigDecimal.ZERO : refunded;
        this.outstanding = outstanding == null ? BigDecimal.ZERO : outstanding;
        this.transactions = transactions;
    }

    /** Null for orders written without a currency. */
    public String getCurrencyCode() { return currencyCode; }
    public BigDecimal getPaid() { return paid; }
    public BigDecimal getRefunded() { return refunded; }
    public BigDecimal getOutstanding() { return outstanding; }
    /** Transactions of these orders, successful or not. */
    public long getTransactions() { return transactions; }
}
