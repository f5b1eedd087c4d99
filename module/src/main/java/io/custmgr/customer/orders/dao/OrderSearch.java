package io.custmgr.customer.orders.dao;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * What the Orders tab's filter box asks for, already interpreted: an order matches when ANY given criterion does
 * (order number or item name contains the text, order status or payment status is one of the codes the text names,
 * submitted within the day/month/year the text is, total equals the amount the text is). Empty: every order.
 */
public class OrderSearch {

    private String containsText;
    private List<String> orderStatuses = new ArrayList<String>();
    private List<String> paymentStatuses = new ArrayList<String>();
    private Date submittedFrom;
    private Date submittedBefore;
    private BigDecimal total;

    public static OrderSearch everything() {
        return new OrderSearch();
    }

    public boolean isEmpty() {
        return containsText == null;
    }

    /** Lower-case text the order number or an item name contains, or null for no filter at all. */
    public String getContainsText() {
        return containsText;
    }

    public OrderSearch containing(String text) {
        this.containsText = text;
        return this;
    }

    public List<String> getOrderStatuses() {
        return Collections.unmodifiableList(orderStatuses);
    }

    public OrderSearch orderStatuses(List<String> codes) {
        this.orderStatuses = new ArrayList<String>(codes);
        return this;
    }

    public List<String> getPaymentStatuses() {
        return Collections.unmodifiableList(paymentStatuses);
    }

    public OrderSearch paymentStatuses(List<String> codes) {
        this.paymentStatuses = new ArrayList<String>(codes);
        return this;
    }

    public Date getSubmittedFrom() {
        return submittedFrom;
    }

    public Date getSubmittedBefore() {
        return submittedBefore;
    }

    /** Submitted in [from, before). */
    public OrderSearch submittedWithin(Date from, Date before) {
        this.submittedFrom = from;
        this.submittedBefore = before;
        return this;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public OrderSearch total(BigDecimal amount) {
        this.total = amount;
        return this;
    }
}
