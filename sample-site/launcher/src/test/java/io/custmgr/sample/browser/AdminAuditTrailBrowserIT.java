package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's Audit tab shows what an admin typed as text, and its records cannot be changed or deleted through
 * the admin: the record entity has no section and no permission grants any write on it.
 */
@BrowserTest
class AdminAuditTrailBrowserIT {

    private static final String AUDIT_ENTITY = "io.custmgr.audit.domain.CustomerAuditRecordImpl";

    @Test
    void markupTypedIntoANameIsShownAsTextOnTheAuditTab(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.addCustomer(Unique.email("auditxss"), "Anna", "Audit");
        String markup = "<img src=x onerror=\"window.__pwned=1\">Anna";

        form.typeText("firstName", markup);
        assertEquals("", form.save().errorSummary());

        List<Map<String, String>> audit = form.reload(site).openTab("Audit").gridRows("cmAuditTrail");
        Map<String, String> change = audit.stream().filter(row -> "firstName".equals(row.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no first name change: " + audit));
        assertEquals("Anna", change.get("before"));
        assertEquals(markup, change.get("after"), "shown as the text typed");
        assertNull(browser.script("return window.__pwned;"), "nothing ran");
        assertTrue(browser.findAll(By.cssSelector("#cmAuditTrail img")).isEmpty(), "no element was created");
    }

    @Test
    void auditRecordsCannotBeDeletedOrEditedThroughTheAdmin(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.addCustomer(Unique.email("auditimmutable"), "Ivan", "Immutable");
        form.openTab("Audit");
        String recordId = browser.find(By.cssSelector("#cmAuditTrail tbody tr[data-rowid]")).getDomAttribute("data-rowid");
        String csrf = (String) browser.script("return document.querySelector('input[name=csrfToken]').value;");

        Object deleteStatus = post(browser, site.adminPath() + AUDIT_ENTITY + "/" + recordId + "/delete",
                "csrfToken=" + csrf);
        Object updateStatus = post(browser, site.adminPath() + AUDIT_ENTITY + "/" + recordId,
                "csrfToken=" + csrf + "&fields%5B'detail'%5D.value=forged");

        String statuses = "delete answered " + deleteStatus + ", update answered " + updateStatus;
        List<Map<String, String>> audit = form.reload(site).openTab("Audit").gridRows("cmAuditTrail");
        Map<String, String> created = audit.stream().filter(row -> row.get("action").equals("Customer created"))
                .findFirst().orElseThrow(() -> new AssertionError("the record is gone (" + statuses + ")"));
        assertEquals(recordId, browser.find(By.cssSelector("#cmAuditTrail tbody tr[data-rowid='" + recordId + "']"))
                .getDomAttribute("data-rowid"), statuses);
        assertTrue(created.get("detail").contains("auditimmutable"), "unchanged (" + statuses + "): " + created);
    }

    /** A form POST from the signed-in admin page, as a crafted request would be sent; @return the HTTP status. */
    static Object post(Browser browser, String path, String body) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });", path, body);
    }
}
