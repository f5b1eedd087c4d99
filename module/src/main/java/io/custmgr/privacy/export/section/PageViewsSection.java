package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The navigation history, oldest first. */
@Component("cmExportPageViewsSection")
public class PageViewsSection extends SqlSection {

    static final String SQL = "SELECT VIEW_TIME, HTTP_METHOD, URL, REFERRER, ITEM_NAME, PRODUCT_ID, CATEGORY_ID,"
            + " TIME_ON_PAGE_MS, IP_ADDRESS,"
            + " USER_AGENT, BROWSER_NAME, BROWSER_VERSION, OPERATING_SYSTEM, ASSISTED_BY"
            + " FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = :customer ORDER BY VIEW_TIME, PAGE_VIEW_ID";

    @Override public String getKey() { return "pageViews"; }
    @Override public String getTitle() { return "Page views"; }
    @Override public int getOrder() { return 500; }
    @Override protected String getSql() { return SQL; }
}
