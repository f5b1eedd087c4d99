package io.custmgr.customer.orders.transaction;

import org.broadleafcommerce.common.payment.PaymentTransactionType;

import java.math.BigDecimal;
import java.util.Date;

/** One payment transaction of one of a customer's orders, as the Transactions tab lists it. */
public class CustomerTransaction {

    private final Long transactionId;
    private final Long orderId;
    private final String orderNumber;
    private final String type;
    private final BigDecimal amount;
    private final String currencyCode;
    private final boolean success;
    private final Date date;
    private final String paymentType;
    private final String reference;
    private final String reason;

    public CustomerTransaction(Long transactionId, Long orderId, String orderNumber, String type, BigDecimal amount,
            String currencyCode, Boolean success, Date date, String paymentType, String reference, String reason) {
        this.transactionId = transactionId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.type = type;
        this.amount = amount;
        this.currencyCode = currencyCode;
        this.success = Boolean.TRUE.equals(success);
        this.date = date;
        this.paymentType = paymentType;
        this.reference = reference;
        this.reason = reason;
    }

    public Long getTransactionId() { return transactionId; }
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    /** Broadleaf's {@link PaymentTransactionType} code, e.g. AUTHORIZE_AND_CAPTURE or REFUND. */
    public String getType() { return type; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrencyCode() { return currencyCode; }
    public boolean isSuccess() { return success; }
    public Date getDate() { return date; }
    /** The payment's method, a Broadleaf PaymentType code (CREDIT_CARD, COD, CHECK, ...). */
    public String getPaymentType() { return paymentType; }
    /** A manual transaction's reference, else the payment's gateway reference number; may be null. */
    public String getReference() { return reference; }
    /** A manual transaction's reason; null for others. */
    public String getReason() { return reason; }

    /** @return "Authorize and capture", "Refund", ... or the code of a type Broadleaf does not know */
    public String getTypeLabel() {
        PaymentTransactionType known = PaymentTransactionType.getInstance(type);
        return known == null ? type : known.getFriendlyType();
    }
}
