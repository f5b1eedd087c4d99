package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Broadleaf's customer attributes (name and value). */
@Component("cmExportCustomFieldsSection")
public class CustomFieldsSection extends SqlSection {

    static final String SQL = "SELECT NAME, VALUE FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = :customer ORDER BY"
            + " NAME, CUSTOMER_ATTR_ID";

    @Override public String getKey() { return "customFields"; }
    @Override public String getTitle() { return "Custom fields"; }
    @Override public int getOrder() { return 150; }
    @Override protected String getSql() { return SQL; }
}
