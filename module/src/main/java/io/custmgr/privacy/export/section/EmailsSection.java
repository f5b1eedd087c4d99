package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The e-mail log: every mail sent to the customer, as logged (secret links are masked in the log itself). */
@Component("cmExportEmailsSection")
public class EmailsSection extends SqlSection {

    static final String SQL = "SELECT CREATED, KIND, TO_ADDRESS, SUBJECT, STATUS, STATUS_TIME, CONTENT FROM CM_MAIL_LOG"
            + " WHERE CUSTOMER_ID = :customer ORDER BY CREATED, LOG_ID";

    @Override public String getKey() { return "emails"; }
    @Override public String getTitle() { return "E-mails sent"; }
    @Override public int getOrder() { return 650; }
    @Override protected String getSql() { return SQL; }
}
