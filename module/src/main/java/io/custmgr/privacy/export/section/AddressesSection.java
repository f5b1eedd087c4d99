package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The address book, inactive (removed) entries included. */
@Component("cmExportAddressesSection")
public class AddressesSection extends SqlSection {

    static final String SQL = "SELECT ca.ADDRESS_NAME, ca.CM_DEFAULT_BILLING AS DEFAULT_BILLING,"
            + " ca.CM_DEFAULT_SHIPPING AS DEFAULT_SHIPPING,"
            + " a.FIRST_NAME, a.LAST_NAME, a.COMPANY_NAME, a.ADDRESS_LINE1, a.ADDRESS_LINE2, a.ADDRESS_LINE3, a.CITY,"
            + " a.STATE_PROV_REGION, a.POSTAL_CODE, a.COUNTRY, a.PRIMARY_PHONE, a.EMAIL_ADDRESS, a.IS_ACTIVE AS ACTIVE"
            + " FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_ADDRESS a ON a.ADDRESS_ID = ca.ADDRESS_ID"
            + " WHERE ca.CUSTOMER_ID = :customer ORDER BY ca.CUSTOMER_ADDRESS_ID";

    @Override public String getKey() { return "addresses"; }
    @Override public String getTitle() { return "Addresses"; }
    @Override public int getOrder() { return 200; }
    @Override protected String getSql() { return SQL; }
}
