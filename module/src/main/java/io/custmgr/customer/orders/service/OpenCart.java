package io.custmgr.customer.orders.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** A customer's open cart (an order {@link io.custmgr.customer.orders.type.OrderKinds} calls a cart) and its items. */
public class OpenCart {

    private final Long orderId;
    private final Date lastChange;
    private final String currencyCode;
    private final List<OrderLine> lines = new ArrayList<OrderLine>();

    public OpenCart(Long orderId, Date lastChange, String currencyCode) {
        this.orderId = orderId;
        this.lastChange = lastChange;
        this.currencyCode = currencyCode;
    }

    public Long getOrderId() {
        return orderId;
    }

    /** When Broadleaf last saved the cart (its DATE_UPDATED, else DATE_CREATED); null if it recorded neither. */
    public Date getLastChange() {
        return lastChange;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** Sum of the line totals that have a price. */
    public BigDecimal getTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            if (line.getLineTotal() != null) {
                total = total.add(line.getLineTotal());
            }
        }
        return total;
    }

    /** For whoever reads the order: appends a line. */
    public void addLine(OrderLine line) {
        lines.add(line);
    }
}
