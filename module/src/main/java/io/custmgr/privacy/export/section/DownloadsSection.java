package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Every download of a library file: when, which file, how many bytes, from which address and browser. */
@Component("cmExportDownloadsSection")
public class DownloadsSection extends SqlSection {

    static final String SQL = "SELECT DOWNLOAD_TIME, PRODUCT_ID, FILE_NAME, BYTES_SENT, IP_ADDRESS, USER_AGENT"
            + " FROM CM_DOWNLOAD_LOG WHERE CUSTOMER_ID = :customer ORDER BY DOWNLOAD_TIME, LOG_ID";

    @Override public String getKey() { return "downloads"; }
    @Override public String getTitle() { return "Downloads"; }
    @Override public int getOrder() { return 630; }
    @Override protected String getSql() { return SQL; }
}
