package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The admin audit trail about the customer: who changed what and when (the admin users' IPs stay out). */
@Component("cmExportAuditTrailSection")
public class AuditTrailSection extends SqlSection {

    static final String SQL = "SELECT EVENT_TIME, ACTOR_KIND, ACTOR_NAME, ACTION, FIELD_NAME, OLD_VALUE, NEW_VALUE,"
            + " DETAIL FROM CM_CUSTOMER_AUDIT"
            + " WHERE CUSTOMER_ID = :customer ORDER BY EVENT_TIME, AUDIT_ID";

    @Override public String getKey() { return "auditTrail"; }
    @Override public String getTitle() { return "Changes made by the store"; }
    @Override public int getOrder() { return 800; }
    @Override protected String getSql() { return SQL; }
}
