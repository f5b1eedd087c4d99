package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** Merges this customer took part in, as survivor or absorbed account. */
@Component("cmExportMergesSection")
public class MergesSection extends SqlSection {

    static final String SQL = "SELECT MERGED_AT, SURVIVOR_ID, ABSORBED_ID, ABSORBED_EMAIL, MERGED_BY, SUMMARY FROM"
            + " CM_CUSTOMER_MERGE"
            + " WHERE SURVIVOR_ID = :customer OR ABSORBED_ID = :customer ORDER BY MERGED_AT";

    @Override public String getKey() { return "merges"; }
    @Override public String getTitle() { return "Account merges"; }
    @Override public int getOrder() { return 850; }
    @Override protected String getSql() { return SQL; }
}
