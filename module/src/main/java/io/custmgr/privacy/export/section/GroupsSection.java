package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The customer groups the customer belongs to. */
@Component("cmExportGroupsSection")
public class GroupsSection extends SqlSection {

    static final String SQL = "SELECT g.NAME, g.DESCRIPTION FROM CM_CUSTOMER_GROUP_MEMBER m"
            + " JOIN CM_CUSTOMER_GROUP g ON g.CUSTOMER_GROUP_ID = m.CUSTOMER_GROUP_ID"
            + " WHERE m.CUSTOMER_ID = :customer ORDER BY g.NAME_KEY";

    @Override public String getKey() { return "groups"; }
    @Override public String getTitle() { return "Customer groups"; }
    @Override public int getOrder() { return 600; }
    @Override protected String getSql() { return SQL; }
}
