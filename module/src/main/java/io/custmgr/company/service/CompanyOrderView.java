package io.custmgr.company.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** An order of a company as its members' order list shows it, with who placed it and in which unit. */
public final class CompanyOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long orderId;
    private final String orderNumber;
    private final Date placed;
    private final BigDecimal total;
    private final String currency;
    private final String status;
    private final long placedById;
    private final String placedBy;
    private final String unit;

    public CompanyOrderView(long orderId, String orderNumber, Date placed, BigDecimal total, String currency,
            String status, long placedById, String placedBy, String unit) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.placed = placed;
        this.total = total;
        this.currency = currency;
        this.status = status;
        this.placedById = placedById;
        this.placedBy = placedBy;
        this.unit = unit;
    }

    public long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Date getPlaced() { return placed; }
    public BigDecimal getTotal() { return total; }
    public String getCurrency() { return currency; }
    public String getStatus() { return status; }
    public long getPlacedById() { return placedById; }
    /** @return the member's name, else e-mail address */
    public String getPlacedBy() { return placedBy; }
    public String getUnit() { return unit; }
}
