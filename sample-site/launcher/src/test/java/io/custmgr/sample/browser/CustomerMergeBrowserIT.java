package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant merges a duplicate from a customer's form: finds the other customer, reads the preview, picks a field
 * value, is refused until the absorbed customer's e-mail is typed, and sees the result in the data, on both forms and
 * in the audit trail. A CSR has no merge permission.
 */
@BrowserTest
class CustomerMergeBrowserIT {

    @Test
    void previewThenConfirmMergesTheDuplicateIntoTheOlderCustomer(Browser browser, SampleSite site) throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String survivorEmail = Unique.email("merge-keep");
        String absorbedEmail = Unique.email("merge-dup");
        long survivor = admin.addCustomer(survivorEmail, "Ann", "Smith").id();
        long absorbed = admin.addCustomer(absorbedEmail, "Ann", "<b>Smyth</b>").id();
        try (SampleDatabase db = SampleDatabase.open()) {
            db.insert("CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", absorbed, "VIEW_TIME",
                    new Timestamp(System.currentTimeMillis()), "URL", "/merge-test");
            db.insert("CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", absorbed, "VIEW_TIME",
                    new Timestamp(System.currentTimeMillis()), "URL", "/merge-test-2");
        }

        // Customer Search first: its export options render "f.key" / "f.label" too, over other objects than the merge
        // page's conflicts (the shared expression once made the merge page a 500)
        browser.open(site.admin("customer-search"));
        assertTrue(browser.findAll(By.cssSelector("#custmgr-export-format option")).size() >= 4, "export formats");
        admin.customer(survivor);
        browser.andWaitForNewPage(() -> browser.waitVisible(By.cssSelector("button.custmgr-merge-customer")).click());
        browser.waitVisible(By.id("custmgr-merge-q")).sendKeys(absorbedEmail);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("form.custmgr-merge-search button")).click());
        List<WebElement> candidates = browser.findAll(By.cssSelector("a.custmgr-merge-candidate"));
        assertEquals(1, candidates.size(), "one match for " + absorbedEmail);
        browser.andWaitForNewPage(() -> candidates.get(0).click());

        assertTrue(browser.find(By.cssSelector(".custmgr-merge-survivor")).getText().startsWith("#" + survivor),
                "the older customer survives by default");
        assertTrue(browser.find(By.cssSelector(".custmgr-merge-absorbed")).getText().contains("<b>Smyth</b>"),
                "a typed name is shown as text");
        assertEquals("2", count(browser, "pageViews", "Page views"));
        Screenshots.save(browser, "admin-merge-preview");
        WebElement lastName = browser.find(By.cssSelector("tr[data-field='lastName']"));
        lastName.findElement(By.cssSelector("input[value='ABSORBED']")).click();

        browser.find(By.id("custmgr-merge-confirmation")).sendKeys(survivorEmail);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("button.custmgr-merge-submit")).click());
        assertTrue(browser.find(By.id("custmgr-merge-confirmation-error")).getText().contains(absorbedEmail),
                "refused at the field until the absorbed e-mail is typed");
        assertTrue(browser.find(By.cssSelector("tr[data-field='lastName'] input[value='ABSORBED']")).isSelected(),
                "the field choice survives the refusal");
        assertEquals(null, mergedInto(absorbed), "nothing merged yet");

        WebElement confirmation = browser.find(By.id("custmgr-merge-confirmation"));
        confirmation.clear();
        confirmation.sendKeys(absorbedEmail.toUpperCase());
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("button.custmgr-merge-submit")).click());
        assertTrue(browser.find(By.id("custmgr-merge-result")).getText().contains(String.valueOf(survivor)),
                browser.find(By.id("custmgr-merge-result")).getText());

        assertEquals(Long.valueOf(survivor), mergedInto(absorbed));
        assertEquals("<b>Smyth</b>", column(survivor, "LAST_NAME"), "the merchant's choice");
        assertEquals(2L, pageViewsOf(survivor));

        List<Map<String, String>> audit = admin.customer(survivor).openTab("Audit").gridRows("cmAuditTrail");
        assertTrue(audit.stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.startsWith("Absorbed customer "
                + absorbed))), "merge in the survivor's audit trail: " + audit);
        admin.customer(absorbed);
        assertTrue(browser.findAll(By.cssSelector("button.custmgr-merge-customer")).isEmpty(),
                "a merged-away customer offers no second merge");
    }

    @Test
    void aCsrCannotMerge(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customer = admin.addCustomer(Unique.email("merge-csr"), "Carl", "Client").id();
        long other = admin.addCustomer(Unique.email("merge-csr-other"), "Carl", "Client").id();
        String login = "bt-merge-csr-" + Unique.token();
        CustomerGroupPermissionsBrowserIT.createAdminUser(browser, site, login, CustomerGroupPermissionsBrowserIT.CSR_ROLE);
        admin.logIn(login, CustomerGroupPermissionsBrowserIT.CSR_PASSWORD);

        admin.customer(customer);
        assertTrue(browser.findAll(By.cssSelector("button.custmgr-merge-customer")).isEmpty(), "no merge button");
        browser.open(site.admin("customer/" + customer + "/merge?with=" + other));
        assertFalse(browser.findAll(By.cssSelector(".custmgr-merge")).stream().anyMatch(WebElement::isDisplayed),
                "no merge page for a CSR");
    }

    private static String count(Browser browser, String step, String label) {
        for (WebElement row : browser.findAll(By.cssSelector("table.custmgr-merge-steps tr[data-step='" + step + "']"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(1).getText().equals(label)) {
                return cells.get(2).getText();
            }
        }
        throw new AssertionError("no preview line " + label);
    }

    private static Long mergedInto(long customerId) throws SQLException {
        String value = column(customerId, "CM_MERGED_INTO");
        return value == null ? null : Long.valueOf(value);
    }

    static String column(long customerId, String column) throws SQLException {
        try (Connection c = SampleDatabase.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long pageViewsOf(long customerId) throws SQLException {
        try (Connection c = SampleDatabase.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM CM_PAGE_VIEW WHERE CUSTOMER_ID = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
