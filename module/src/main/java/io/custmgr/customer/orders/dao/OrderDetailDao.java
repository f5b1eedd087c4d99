package io.custmgr.customer.orders.dao;

import io.custmgr.customer.orders.detail.OrderDetail;

import java.util.List;

/**
 * Reads one placed order for the shopper's order page in a fixed number of statements, whatever its size. Read-only;
 * joins the caller's transaction or runs without one.
 */
public interface OrderDetailDao {

    /**
     * The order's header, totals and payment state, without lines, shipments or payments.
     *
     * @return null unless the order has this number, belongs to this customer and is placed (see
     *         {@link io.custmgr.customer.orders.type.OrderKinds}): a cart, a wishlist or another customer's order is
     *         not found, whatever the number
     */
    OrderDetail readPlacedOrder(Long customerId, String orderNumber);

    /** Fulfillment groups of the order, primary first; with the ids of their addresses. */
    List<ShipmentRow> readShipments(Long orderId);

    /** Active payments of the order with their own payment state; with the ids of their billing addresses. */
    List<PaymentRow> readPayments(Long orderId);
}
