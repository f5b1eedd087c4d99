package io.custmgr.assist.service;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/** One row of the assistance log, for the admin's page: plain values, shopper text to be escaped by the template. */
public final class AssistanceEntry {

    /** An order placed during the session: its id (for the order screen's link) and number. */
    public static final class PlacedOrder {
        private final long orderId;
        private final String orderNumber;

        public PlacedOrder(long orderId, String orderNumber) {
            this.orderId = orderId;
            this.orderNumber = orderNumber;
        }

        public long getOrderId() { return orderId; }
        public String getOrderNumber() { return orderNumber; }
    }

    private final long id;
    private final long adminUserId;
    private final String adminName;
    private final long customerId;
    private final String customerLabel;
    private final Date started;
    private final Date ended;
    private final String endReason;
    private final String ipAddress;
    private final int pagesViewed;
    private final List<PlacedOrder> orders;

    public AssistanceEntry(long id, long adminUserId, String adminName, long customerId, String customerLabel,
            Date started, Date ended, String endReason, String ipAddress, int pagesViewed, List<PlacedOrder> orders) {
        this.id = id;
        this.adminUserId = adminUserId;
        this.adminName = adminName;
        this.customerId = customerId;
        this.customerLabel = customerLabel;
        this.started = started;
        this.ended = ended;
        this.endReason = endReason;
        this.ipAddress = ipAddress;
        this.pagesViewed = pagesViewed;
        this.orders = orders == null ? Collections.<PlacedOrder>emptyList() : Collections.unmodifiableList(orders);
    }

    public long getId() { return id; }
    public long getAdminUserId() { return adminUserId; }
    public String getAdminName() { return adminName; }
    public long getCustomerId() { return customerId; }
    /** @return the customer's e-mail address when the session started */
    public String getCustomerLabel() { return customerLabel; }
    public Date getStarted() { return started; }
    /** @return null while the session is open */
    public Date getEnded() { return ended; }
    /** @return an end reason code of {@link AssistanceService}, or null while open */
    public String getEndReason() { return endReason; }
    public String getIpAddress() { return ipAddress; }
    public int getPagesViewed() { return pagesViewed; }
    public List<PlacedOrder> getOrders() { return orders; }
}
