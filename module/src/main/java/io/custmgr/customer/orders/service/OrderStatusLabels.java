package io.custmgr.customer.orders.service;

import org.broadleafcommerce.core.order.service.type.OrderStatus;

/** What a shopper or merchant reads for an order status code. */
public final class OrderStatusLabels {

    private OrderStatusLabels() {
    }

    /** Broadleaf's friendly name of a known status, the code itself for a custom one, "" for none. */
    public static String label(String code) {
        if (code == null) {
            return "";
        }
        OrderStatus status = OrderStatus.getInstance(code);
        return status == null || status.getFriendlyType() == null ? code : status.getFriendlyType();
    }
}
