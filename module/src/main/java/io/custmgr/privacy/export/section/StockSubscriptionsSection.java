package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Back-in-stock subscriptions the customer made signed in, with the product asked about, oldest first. */
@Component("cmExportStockSubscriptionsSection")
public class StockSubscriptionsSection extends SqlSection {

    static final String SQL = "SELECT c.EMAIL, c.SKU_ID, COALESCE(s.NAME, d.NAME) AS PRODUCT_NAME, c.CREATED_DATE,"
            + " c.STATE, c.NOTIFIED_DATE FROM CM_STOCK_SUBSCRIPTION c LEFT JOIN BLC_SKU s ON s.SKU_ID = c.SKU_ID"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = c.PRODUCT_ID LEFT JOIN BLC_SKU d ON d.SKU_ID = p.DEFAULT_SKU_ID"
            + " WHERE c.CUSTOMER_ID = :customer ORDER BY c.CREATED_DATE, c.SUBSCRIPTION_ID";

    @Override public String getKey() { return "stockSubscriptions"; }
    @Override public String getTitle() { return "Back-in-stock subscriptions"; }
    @Override public int getOrder() { return 760; }
    @Override protected String getSql() { return SQL; }
}
