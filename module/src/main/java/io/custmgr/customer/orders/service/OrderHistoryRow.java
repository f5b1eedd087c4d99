package io.custmgr.customer.orders.service;

import io.custmgr.customer.orders.type.PaymentStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** One placed order of a customer as the Orders tab lists it. */
public class OrderHistoryRow {

    private final Long orderId;
    private final String orderNumber;
    private final Date submitDate;
    private final BigDecimal total;
    private final String currencyCode;
    private final String status;
    private final PaymentStatus paymentStatus;
    private final List<OrderLine> lines = new ArrayList<OrderLine>();
    private String placedByAdmin;

    public OrderHistoryRow(Long orderId, String orderNumber, Date submitDate, BigDecimal total, String currencyCode,
            String status, PaymentStatus paymentStatus) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.submitDate = submitDate;
        this.total = total;
        this.currencyCode = currencyCode;
        this.status = status;
        this.paymentStatus = paymentStatus;
    }

    /** @return the admin user who placed the order signed in as the customer ("Login as customer"), or null */
    public String getPlacedByAdmin() {
        return placedByAdmin;
    }

    public OrderHistoryRow placedByAdmin(String adminName) {
        this.placedByAdmin = adminName;
        return this;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** Null for an order that was never submitted (e.g. cancelled before checkout). */
    public Date getSubmitDate() {
        return submitDate;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** ISO code of the order's currency, or null when Broadleaf stored none. */
    public String getCurrencyCode() {
        return currencyCode;
    }

    /** Broadleaf's OrderStatus code, e.g. SUBMITTED. */
    public String getStatus() {
        return status;
    }

    /** Broadleaf's name of the status (e.g. "Submitted"), else its code; "" without one. */
    public String getStatusLabel() {
        return OrderStatusLabels.label(status);
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    /** Top-level items in the order they were added. */
    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** For whoever reads the order: appends a line. */
    public void addLine(OrderLine line) {
        lines.add(line);
    }
}
