package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Sessions in which an admin user acted as the customer (login as customer). */
@Component("cmExportAssistedSessionsSection")
public class AssistedSessionsSection extends SqlSection {

    static final String SQL = "SELECT STARTED, ENDED, END_REASON, ADMIN_NAME, PAGES_VIEWED, ORDERS_PLACED FROM"
            + " CM_ASSIST_SESSION"
            + " WHERE CUSTOMER_ID = :customer ORDER BY STARTED, ASSIST_SESSION_ID";

    @Override public String getKey() { return "assistedSessions"; }
    @Override public String getTitle() { return "Assisted sessions"; }
    @Override public int getOrder() { return 900; }
    @Override protected String getSql() { return SQL; }
}
