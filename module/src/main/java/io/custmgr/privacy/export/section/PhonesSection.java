package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Broadleaf's customer phones. */
@Component("cmExportPhonesSection")
public class PhonesSection extends SqlSection {

    static final String SQL = "SELECT cp.PHONE_NAME, p.PHONE_NUMBER, p.IS_DEFAULT AS DEFAULT_PHONE, p.IS_ACTIVE AS"
            + " ACTIVE"
            + " FROM BLC_CUSTOMER_PHONE cp JOIN BLC_PHONE p ON p.PHONE_ID = cp.PHONE_ID"
            + " WHERE cp.CUSTOMER_ID = :customer ORDER BY cp.CUSTOMER_PHONE_ID";

    @Override public String getKey() { return "phones"; }
    @Override public String getTitle() { return "Phones"; }
    @Override public int getOrder() { return 250; }
    @Override protected String getSql() { return SQL; }
}
