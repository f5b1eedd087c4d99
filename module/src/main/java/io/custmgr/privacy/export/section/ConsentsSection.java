package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Each consent given or withdrawn, oldest first. */
@Component("cmExportConsentsSection")
public class ConsentsSection extends SqlSection {

    static final String SQL = "SELECT KIND, GRANTED, RECORDED_AT, SOURCE, IP_ADDRESS FROM CM_CONSENT"
            + " WHERE CUSTOMER_ID = :customer ORDER BY RECORDED_AT, CONSENT_ID";

    @Override public String getKey() { return "consents"; }
    @Override public String getTitle() { return "Consents"; }
    @Override public int getOrder() { return 750; }
    @Override protected String getSql() { return SQL; }
}
