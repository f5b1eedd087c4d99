package io.custmgr.customer.orders.transaction;

import java.math.BigDecimal;
import java.util.Date;

/** A placed order a manual transaction may be recorded against, with what was captured and refunded on it. */
public class TransactionOrder extends PaidAmounts {

    private final String orderNumber;
    private final String currencyCode;
    private final BigDecimal total;
    private final Date submitDate;
    private final String status;

    public TransactionOrder(Long orderId, String orderNumber, String currencyCode, BigDecimal total, Date submitDate,
            String status, BigDecimal captured, BigDecimal refunded) {
        super(orderId, captured, refunded);
        this.orderNumber = orderNumber;
        this.currencyCode = currencyCode;
        this.total = total == null ? BigDecimal.ZERO : total;
        this.submitDate = submitDate;
        this.status = status;
    }

    public String getOrderNumber() { return orderNumber; }
    /** Null for orders written without one (the store's default currency applies). */
    public String getCurrencyCode() { return currencyCode; }
    public BigDecimal getTotal() { return total; }
    public Date getSubmitDate() { return submitDate; }
    public String getStatus() { return status; }

    /** @return the order total minus what was captured and not refunded: what a payment may still add */
    public BigDecimal getPayable() {
        return total.subtract(getRefundable()).max(BigDecimal.ZERO);
    }

    /** "B-1042 (12.50 USD)" for the form's order choice. */
    public String getLabel() {
        return (orderNumber == null ? "#" + getId() : orderNumber) + " (" + total.toPlainString()
                + (currencyCode == null ? "" : " " + currencyCode) + ")";
    }
}
