package io.custmgr.customer.orders.transaction;

import java.math.BigDecimal;

/** What an order or one of its payments captured and refunded (successful transactions only). */
public class PaidAmounts {

    private final Long id;
    private final BigDecimal captured;
    private final BigDecimal refunded;

    public PaidAmounts(Long id, BigDecimal captured, BigDecimal refunded) {
        this.id = id;
        this.captured = captured == null ? BigDecimal.ZERO : captured;
        this.refunded = refunded == null ? BigDecimal.ZERO : refunded;
    }

    /** The payment's or order's id. */
    public Long getId() { return id; }
    public BigDecimal getCaptured() { return captured; }
    public BigDecimal getRefunded() { return refunded; }

    /** @return captured minus refunded: what a refund may still give back */
    public BigDecimal getRefundable() {
        return captured.subtract(refunded).max(BigDecimal.ZERO);
    }
}
