package io.custmgr.customer.orders.detail;

import java.math.BigDecimal;

/** An order's amounts as Broadleaf settled them at checkout; each may be null for an imported order. */
public class OrderTotals {

    private final BigDecimal subtotal;
    private final BigDecimal discounts;
    private final BigDecimal shipping;
    private final BigDecimal tax;
    private final BigDecimal total;

    public OrderTotals(BigDecimal subtotal, BigDecimal discounts, BigDecimal shipping, BigDecimal tax,
            BigDecimal total) {
        this.subtotal = subtotal;
        this.discounts = discounts;
        this.shipping = shipping;
        this.tax = tax;
        this.total = total;
    }

    /** Items after their own discounts (Broadleaf's ORDER_SUBTOTAL). */
    public BigDecimal getSubtotal() { return subtotal; }
    /** Order-level discounts, a positive amount taken off; zero when there are none. */
    public BigDecimal getDiscounts() { return discounts; }
    public BigDecimal getShipping() { return shipping; }
    public BigDecimal getTax() { return tax; }
    public BigDecimal getTotal() { return total; }

    public boolean isDiscounted() {
        return discounts != null && discounts.signum() > 0;
    }
}
