package io.custmgr.customer.orders.service;

import java.math.BigDecimal;

/** One top-level item of an order or cart: what Broadleaf stored on the item (its name is a copy made when added). */
public class OrderLine {

    private final Long orderItemId;
    private final String name;
    private final int quantity;
    private final BigDecimal unitPrice;

    public OrderLine(Long orderItemId, String name, int quantity, BigDecimal unitPrice) {
        this.orderItemId = orderItemId;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public Long getOrderItemId() {
        return orderItemId;
    }

    /** Never null ("" when Broadleaf stored none). */
    public String getName() {
        return name == null ? "" : name;
    }

    public int getQuantity() {
        return quantity;
    }

    /** The price per unit Broadleaf settled on (its PRICE, else sale, else retail price), or null. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Unit price times quantity, or null without a unit price. */
    public BigDecimal getLineTotal() {
        return unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
