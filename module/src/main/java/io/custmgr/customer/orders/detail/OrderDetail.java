package io.custmgr.customer.orders.detail;

import io.custmgr.customer.orders.service.OrderLine;
import io.custmgr.customer.orders.service.OrderStatusLabels;
import io.custmgr.customer.orders.type.PaymentStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * One placed order as its shopper sees it: what Broadleaf stored when it was placed (item names, prices and the
 * order's own copies of the addresses), never the catalog's or the address book's current values. Plain text
 * throughout: templates escape it.
 */
public class OrderDetail {

    private final Long orderId;
    private final String orderNumber;
    private final String status;
    private final Date submitDate;
    private final String currencyCode;
    private final OrderTotals totals;
    private PaymentStatus paymentStatus = PaymentStatus.NONE;
    private final List<OrderLine> lines = new ArrayList<OrderLine>();
    private final List<OrderShipment> shipments = new ArrayList<OrderShipment>();
    private final List<OrderPaymentLine> payments = new ArrayList<OrderPaymentLine>();

    public OrderDetail(Long orderId, String orderNumber, String status, Date submitDate, String currencyCode,
            OrderTotals totals) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.status = status;
        this.submitDate = submitDate;
        this.currencyCode = currencyCode;
        this.totals = totals;
    }

    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    /** Broadleaf's OrderStatus code, e.g. SUBMITTED; null for an imported order without one. */
    public String getStatus() { return status; }
    /** Broadleaf's name of the status (e.g. "Submitted"), else its code; "" without one. */
    public String getStatusLabel() { return OrderStatusLabels.label(status); }
    public Date getSubmitDate() { return submitDate; }
    /** ISO code, or null when Broadleaf stored none. */
    public String getCurrencyCode() { return currencyCode; }
    public OrderTotals getTotals() { return totals; }
    /** The order's payment state by the Orders tab's rules; NONE without an active payment. */
    public PaymentStatus getPaymentStatus() { return paymentStatus; }
    /** Top-level items in the order they were added. */
    public List<OrderLine> getLines() { return Collections.unmodifiableList(lines); }
    /** Fulfillment groups, primary first. */
    public List<OrderShipment> getShipments() { return Collections.unmodifiableList(shipments); }
    /** Active payments in the order they were added. */
    public List<OrderPaymentLine> getPayments() { return Collections.unmodifiableList(payments); }

    /** The sum of the lines' totals (what the items cost before order-level discounts, shipping and tax). */
    public BigDecimal getItemsTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            if (line.getLineTotal() != null) {
                sum = sum.add(line.getLineTotal());
            }
        }
        return sum;
    }

    public void setPaymentStatus(PaymentStatus paymentStatus) {
        this.paymentStatus = paymentStatus == null ? PaymentStatus.NONE : paymentStatus;
    }

    public void addLine(OrderLine line) { lines.add(line); }
    public void addShipment(OrderShipment shipment) { shipments.add(shipment); }
    public void addPayment(OrderPaymentLine payment) { payments.add(payment); }
}
