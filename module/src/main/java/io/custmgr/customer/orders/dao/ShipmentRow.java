package io.custmgr.customer.orders.dao;

import java.math.BigDecimal;

/** A fulfillment group as {@link OrderDetailDao} reads it: its address still an id. */
public class ShipmentRow {

    private final String method;
    private final String status;
    private final BigDecimal price;
    private final Long addressId;

    public ShipmentRow(String method, String status, BigDecimal price, Long addressId) {
        this.method = method;
        this.status = status;
        this.price = price;
        this.addressId = addressId;
    }

    public String getMethod() { return method; }
    public String getStatus() { return status; }
    public BigDecimal getPrice() { return price; }
    /** Null for a group without an address. */
    public Long getAddressId() { return addressId; }
}
