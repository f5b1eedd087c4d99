package io.custmgr.sample.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer Care → Admin Audit Trail: a blocked IP the merchant deletes shows up, newest first, with the admin's login,
 * filtered by its section; the page only reads, and crafted requests cannot change or delete its records.
 */
@BrowserTest
class AdminAuditTrailSectionBrowserIT {

    static final String SECTION_PATH = "admin-audit-trail";
    static final String RANGE = "198.51.100.0/28";
    static final String RECORD_ENTITY = "io.custmgr.audit.domain.AdminAuditRecordImpl";

    @AfterEach
    void removeTheBlock() throws SQLException {
        try (Connection connection = SampleDatabase.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM CM_BLOCKED_IP WHERE ADDRESS = ?")) {
            delete.setString(1, RANGE);
            delete.executeUpdate();
        }
    }

    @Test
    void deletingABlockedIpShowsInTheAdminAuditTrailWithTheAdminsLogin(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
        long blockId = AdminSection.open(browser, site, AdminSection.BLOCKED_IPS)
                .add("address", RANGE, "reason", "audit trail test").save()
                .orElseThrow(() -> new AssertionError("the range was not saved"));
        AdminSection.delete(browser, site, AdminSection.BLOCKED_IPS, blockId);

        List<Map<String, String>> rows = openTrail(browser, site, "Blocked IPs");
        Map<String, String> newest = rows.get(0);
        assertAll("newest record of the Blocked IPs section",
                () -> assertEquals("Deleted", newest.get("action")),
                () -> assertEquals(AdminConsole.USERNAME, newest.get("admin")),
                () -> assertEquals("Blocked IPs", newest.get("section")),
                () -> assertEquals(RANGE + " (#" + blockId + ")", newest.get("record")),
                () -> assertTrue(newest.get("before").contains("reason: audit trail test"), newest.get("before")),
                () -> assertTrue(!newest.get("ip").isEmpty(), "client IP shown"));
        assertEquals("Added", rows.get(1).get("action"), "the add, older, below it");
        assertTrue(rows.stream().allMatch(row -> "Blocked IPs".equals(row.get("section"))), "filtered: " + rows);
        Screenshots.save(browser, "admin-audit-trail");
    }

    @Test
    void trailRecordsCannotBeDeletedOrEditedThroughTheAdmin(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
        long blockId = AdminSection.open(browser, site, AdminSection.BLOCKED_IPS)
                .add("address", RANGE, "reason", "immutable trail").save()
                .orElseThrow(() -> new AssertionError("the range was not saved"));
        // the block's own page (where the Add dialog left the browser) carries the session's CSRF token
        String csrf = (String) browser.script("return document.querySelector('input[name=csrfToken]').value;");
        openTrail(browser, site, "Blocked IPs");
        String recordId = browser.find(By.cssSelector("tr.custmgr-admin-audit-record")).getDomAttribute("data-rowid");

        String recordPath = site.adminPath() + RECORD_ENTITY + "/" + recordId;
        String statuses = "entity delete " + AdminAuditTrailBrowserIT.post(browser, recordPath + "/delete",
                "csrfToken=" + csrf)
                + ", entity update " + AdminAuditTrailBrowserIT.post(browser, recordPath,
                "csrfToken=" + csrf + "&fields%5B'newValues'%5D.value=forged")
                + ", section POST " + AdminAuditTrailBrowserIT.post(browser, site.adminPath() + SECTION_PATH,
                "csrfToken=" + csrf);

        List<Map<String, String>> rows = openTrail(browser, site, "Blocked IPs");
        Map<String, String> added = rows.stream().filter(row -> row.get("record").endsWith("(#" + blockId + ")"))
                .findFirst().orElseThrow(() -> new AssertionError("the record is gone (" + statuses + ")"));
        assertTrue(added.get("after").contains("reason: immutable trail"), "unchanged (" + statuses + "): " + added);
    }

    private static List<Map<String, String>> openTrail(Browser browser, SampleSite site, String section) {
        browser.open(site.admin(SECTION_PATH) + "?section=" + java.net.URLEncoder.encode(section,
                java.nio.charset.StandardCharsets.UTF_8));
        browser.waitVisible(By.cssSelector("table.custmgr-admin-audit-table"));
        return browser.findAll(By.cssSelector("tr.custmgr-admin-audit-record")).stream()
                .map(AdminAuditTrailSectionBrowserIT::cells).collect(Collectors.toList());
    }

    private static Map<String, String> cells(WebElement row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (WebElement cell : row.findElements(By.cssSelector("td[data-fieldname]"))) {
            cells.put(cell.getDomAttribute("data-fieldname"), cell.getText().trim());
        }
        return cells;
    }
}
