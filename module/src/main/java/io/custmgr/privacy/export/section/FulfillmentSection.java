package io.custmgr.privacy.export.section;

import io.custmgr.customer.orders.type.OrderKinds;
import org.springframework.stereotype.Component;

/** Fulfillment groups of placed orders: method, status, totals and the address shipped to. */
@Component("cmExportFulfillmentSection")
public class FulfillmentSection extends SqlSection {

    static final String SQL = "SELECT o.ORDER_NUMBER, fg.ORDER_ID, fg.TYPE, fg.METHOD, fg.SERVICE, fg.STATUS,"
            + " fg.TOTAL, fg.DELIVERY_INSTRUCTION,"
            + " a.FIRST_NAME, a.LAST_NAME, a.ADDRESS_LINE1, a.ADDRESS_LINE2, a.CITY, a.STATE_PROV_REGION,"
            + " a.POSTAL_CODE, a.COUNTRY"
            + " FROM BLC_FULFILLMENT_GROUP fg JOIN BLC_ORDER o ON o.ORDER_ID = fg.ORDER_ID"
            + " LEFT JOIN BLC_ADDRESS a ON a.ADDRESS_ID = fg.ADDRESS_ID"
            + " WHERE o.CUSTOMER_ID = :customer AND " + OrderKinds.placedCondition("o")
            + " ORDER BY fg.ORDER_ID, fg.FULFILLMENT_GROUP_ID";

    @Override public String getKey() { return "fulfillment"; }
    @Override public String getTitle() { return "Fulfillment"; }
    @Override public int getOrder() { return 375; }
    @Override protected String getSql() { return SQL; }
}
