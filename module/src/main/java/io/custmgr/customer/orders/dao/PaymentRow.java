package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.type.PaymentStatus;

import java.math.BigDecimal;

/** An active order payment as {@link OrderDetailDao} reads it: its billing address still an id. */
public class PaymentRow {

    private final String type;
    private final BigDecimal amount;
    private final PaymentStatus status;
    private final Long billingAddressId;

    public PaymentRow(String type, BigDecimal amount, PaymentStatus status, Long billingAddressId) {
        this.type = type;
        this.amount = amount;
        this.status = status;
        this.billingAddressId = billingAddressId;
    }

    public String getType() { return type; }
    public BigDecimal getAmount() { return amount; }
    public PaymentStatus getStatus() { return status; }
    /** Null for a payment without a billing address. */
    public Long getBillingAddressId() { return billingAddressId; }
}
