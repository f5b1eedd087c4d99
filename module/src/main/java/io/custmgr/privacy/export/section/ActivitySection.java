package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The activity log, oldest first. */
@Component("cmExportActivitySection")
public class ActivitySection extends SqlSection {

    static final String SQL = "SELECT EVENT_TIME, EVENT_TYPE, DETAIL, REFERENCE_ID, IP_ADDRESS, ASSISTED_BY FROM"
            + " CM_ACTIVITY_EVENT"
            + " WHERE CUSTOMER_ID = :customer ORDER BY EVENT_TIME, ACTIVITY_EVENT_ID";

    @Override public String getKey() { return "activity"; }
    @Override public String getTitle() { return "Activity"; }
    @Override public int getOrder() { return 550; }
    @Override protected String getSql() { return SQL; }
}
