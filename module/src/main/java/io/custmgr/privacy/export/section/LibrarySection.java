package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The digital library: each item with how it was acquired, its state and its download counts. */
@Component("cmExportLibrarySection")
public class LibrarySection extends SqlSection {

    static final String SQL = "SELECT e.PRODUCT_ID, s.NAME AS ITEM_NAME, e.ACQUISITION, e.ORDER_ID, e.GIVER,"
            + " e.GRANTED_DATE, e.NOTE, e.STATUS, e.REVOKE_REASON, e.REVOKED_DATE, e.DOWNLOADS_USED,"
            + " e.DOWNLOADS_ALLOWED, e.ACCESS_EXPIRES FROM CM_LIBRARY_ENTRY e"
            + " LEFT JOIN BLC_PRODUCT p ON p.PRODUCT_ID = e.PRODUCT_ID LEFT JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID"
            + " WHERE e.CUSTOMER_ID = :customer ORDER BY e.GRANTED_DATE, e.PRODUCT_ID";

    @Override public String getKey() { return "library"; }
    @Override public String getTitle() { return "Digital library"; }
    @Override public int getOrder() { return 620; }
    @Override protected String getSql() { return SQL; }
}
