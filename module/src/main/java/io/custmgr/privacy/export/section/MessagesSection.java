package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Private messages from the store to the customer. */
@Component("cmExportMessagesSection")
public class MessagesSection extends SqlSection {

    static final String SQL = "SELECT SENT, SENDER, SUBJECT, BODY, READ_TIME FROM CM_CUSTOMER_MESSAGE"
            + " WHERE CUSTOMER_ID = :customer ORDER BY SENT, MESSAGE_ID";

    @Override public String getKey() { return "messages"; }
    @Override public String getTitle() { return "Private messages"; }
    @Override public int getOrder() { return 700; }
    @Override protected String getSql() { return SQL; }
}
