package io.custmgr.privacy.export.section;

import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.stereotype.Component;

/**
 * Payments of placed orders: type, gateway and amount only, never the reference number (a token at some gateways) nor
 * the gateway's transactions.
 */
@Component("cmExportOrderPaymentsSection")
public class OrderPaymentsSection extends SqlSection {

    static final String SQL = "SELECT o.ORDER_NUMBER, p.ORDER_ID, p.PAYMENT_TYPE, p.GATEWAY_TYPE, p.AMOUNT"
            + " FROM BLC_ORDER_PAYMENT p JOIN BLC_ORDER o ON o.ORDER_ID = p.ORDER_ID"
            + " WHERE o.CUSTOMER_ID = :customer AND " + OrderKinds.placedCondition("o")
            + " ORDER BY p.ORDER_ID, p.ORDER_PAYMENT_ID";

    @Override public String getKey() { return "orderPayments"; }
    @Override public String getTitle() { return "Order payments"; }
    @Override public int getOrder() { return 350; }
    @Override protected String getSql() { return SQL; }
}
