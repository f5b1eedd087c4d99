package io.custmgr.customer.orders.detail;

import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** One fulfillment group of an order: where it goes (the order's own copy of the address), how, and its state. */
public class OrderShipment {

    private final String method;
    private final String status;
    private final BigDecimal price;
    private final List<String> addressLines;

    public OrderShipment(String method, String status, BigDecimal price, List<String> addressLines) {
        this.method = method;
        this.status = status;
        this.price = price;
        this.addressLines = Collections.unmodifiableList(addressLines);
    }

    /** The fulfillment option's name (e.g. "Standard"), else Broadleaf's METHOD column; null when neither is set. */
    public String getMethod() { return method; }
    /** Broadleaf's FulfillmentGroupStatusType code (e.g. FULFILLED, SHIPPED), or null before fulfillment starts. */
    public String getStatus() { return status; }
    /** Broadleaf's name of the status (e.g. "Fulfilled"), else its code; null before fulfillment starts. */
    public String getStatusLabel() {
        FulfillmentGroupStatusType known = status == null ? null : FulfillmentGroupStatusType.getInstance(status);
        return known != null && known.getFriendlyType() != null ? known.getFriendlyType() : status;
    }
    /** What this shipment costs, or null. */
    public BigDecimal getPrice() { return price; }
    /** Formatted address lines; empty for a group without an address (e.g. a digital delivery). */
    public List<String> getAddressLines() { return addressLines; }
}
