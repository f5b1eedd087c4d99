package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The digital library's admin screens as a merchant uses them: a file uploaded to a digital product on Broadleaf's
 * product form (an upload without a file refused at its field), the item granted to a customer as a gift on the
 * Library tab's page (a gift without giver refused at its field), revoked with a reason and restored, the library
 * rebuilt from the order history (one customer, then every customer in the background), the Downloads view with a
 * shopper's browser string shown as text, the Library tab (the tab strip still on one line at 1280 px) and the audit
 * trail.
 */
@BrowserTest
class LibraryAdminBrowserIT {

    private static final String SCRIPT = "<script>window.injected = true;</script>";

    @Test
    void aMerchantUploadsAFileGrantsTheItemRevokesRestoresRebuildsAndSeesTheDownloads(Browser browser, SampleSite site,
            @org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        long productId;
        String productName;
        long customerId;
        String email = Unique.email("library");
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        customerId = admin.addCustomer(email, "Lib", "Rary").id();
        try (SampleDatabase db = SampleDatabase.open()) {
            productId = db.queryLong("SELECT MIN(PRODUCT_ID) FROM BLC_PRODUCT WHERE DEFAULT_SKU_ID IS NOT NULL");
        }
        run("UPDATE BLC_PRODUCT SET CM_DIGITAL = TRUE WHERE PRODUCT_ID = ?", productId);
        try {
            // the product form's Digital files tab, then the upload page
            browser.open(site.admin("product/" + productId));
            new AdminCustomerForm(browser, productId).openTab("Digital files");
            browser.open(site.admin("product/" + productId + "/digital-files"));
            Path file = temp.resolve("read-me.txt");
            Files.write(file, "Chapter one".getBytes(StandardCharsets.UTF_8));
            browser.find(By.id("custmgr-files-file")).sendKeys(file.toString());
            browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-files-submit")).click());
            assertEquals("Uploaded read-me.txt.", browser.find(By.id("custmgr-files-uploaded")).getText());
            assertEquals("read-me.txt", browser.find(By.cssSelector("#custmgr-files .custmgr-file-name")).getText());
            browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-files-submit")).click());
            assertEquals("Choose a file to upload.", browser.find(By.id("custmgr-files-error")).getText().trim());

            // the customer's library: a gift needs its giver, then is granted
            browser.open(site.admin("customer/" + customerId + "/library"));
            productName = new Select(browser.find(By.id("custmgr-grant-product"))).getOptions().stream()
                    .filter(o -> o.getDomAttribute("value").equals(String.valueOf(productId))).findFirst()
                    .orElseThrow(() -> new AssertionError("the digital product is not in the picker")).getText();
            new Select(browser.find(By.id("custmgr-grant-product"))).selectByValue(String.valueOf(productId));
            browser.find(By.id("custmgr-grant-gift")).click();
            browser.find(By.id("custmgr-grant-note")).sendKeys("Birthday " + SCRIPT);
            browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-grant-submit")).click());
            assertEquals("A gift needs the giver's name.", browser.find(By.id("custmgr-grant-giver-error")).getText());
            browser.find(By.id("custmgr-grant-giver")).sendKeys("Aunt May");
            browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-grant-submit")).click());
            assertEquals("Item added.", browser.find(By.id("custmgr-library-done")).getText());
            String item = "#custmgr-library-items tr[data-product='" + productId + "'] ";
            assertTrue(browser.find(By.cssSelector(item + ".custmgr-library-acquisition")).getText()
                    .contains("Gift from Aunt May"));
            assertEquals("Birthday " + SCRIPT, browser.find(By.cssSelector(item + ".custmgr-library-note")).getText());

            // revoke (a reason is required), restore
            browser.find(By.cssSelector(item + ".custmgr-revoke-form input[name=reason]")).sendKeys("Chargeback");
            browser.andWaitForNewPage(() -> browser.find(By.cssSelector(item + ".custmgr-revoke-form button")).click());
            assertEquals("Item revoked.", browser.find(By.id("custmgr-library-done")).getText());
            assertTrue(browser.find(By.cssSelector(item + ".custmgr-library-status")).getText().endsWith(": Chargeback"));
            browser.andWaitForNewPage(() -> browser.find(By.cssSelector(item + ".custmgr-restore-form button")).click());
            assertEquals("Active", browser.find(By.cssSelector(item + ".custmgr-library-status")).getText());

            // rebuild: no order, so nothing added or revoked (a gift is not the orders' business)
            browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-rebuild-submit")).click());
            assertEquals("0 added or restored", browser.find(By.id("custmgr-rebuild-added")).getText());
            assertEquals("0 revoked", browser.find(By.id("custmgr-rebuild-removed")).getText());

            // a download (as the storefront logs it), seen in Customer Care → Downloads with its browser as text
            try (SampleDatabase db = SampleDatabase.open()) {
                db.insert("CM_DOWNLOAD_LOG", "LOG_ID", "CUSTOMER_ID", customerId, "FILE_ID", 1L, "PRODUCT_ID",
                        productId, "FILE_NAME", "read-me.txt", "DOWNLOAD_TIME",
                        new Timestamp(System.currentTimeMillis()), "BYTES_SENT", 11L, "IP_ADDRESS", "192.0.2.7",
                        "USER_AGENT", SCRIPT);
            }
            browser.open(site.admin("library-downloads?customer=" + customerId));
            assertEquals("Downloads: 1", browser.find(By.id("custmgr-downloads-total")).getText());
            assertEquals(SCRIPT, browser.find(By.cssSelector("#custmgr-downloads .custmgr-download-agent")).getText());
            assertEquals(null, browser.script("return window.injected;"));
            browser.open(site.admin("library-downloads?customer=abc"));
            assertEquals("A customer id is a positive number.",
                    browser.find(By.id("custmgr-downloads-customer-error")).getText());

            // the bulk rebuild: started, runs to its end in the background, reports
            browser.open(site.admin("library-rebuild"));
            browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-rebuild-start button")).click());
            browser.until(d -> {
                d.navigate().refresh();
                return "DONE".equals(d.findElement(By.id("custmgr-rebuild-status")).getText());
            });
            assertTrue(browser.find(By.id("custmgr-rebuild-report")).getText().startsWith("Report: "));
            assertTrue(browser.find(By.id("custmgr-rebuild-progress")).getText().contains("(100%)"),
                    browser.find(By.id("custmgr-rebuild-progress")).getText());

            // the customer form: the Library tab and the audit trail
            AdminCustomerForm form = admin.customer(customerId);
            form.openTab("Library");
            List<Map<String, String>> rows = form.gridRows("cmLibrary");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals(productName.replaceAll(" \\(#\\d+\\)$", ""), rows.get(0).get("item"));
            assertEquals("Active", rows.get(0).get("status"));
            // fourteen tabs wrap onto a second row: none may stick out of the strip (Broadleaf would hide it)
            Object outside = browser.script("var strip = document.querySelector('dl.tabs.entity-form')"
                    + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('dl.tabs.entity-form dd'))"
                    + ".filter(function (d) { var r = d.getBoundingClientRect(); return r.width === 0"
                    + " || r.right > strip.right + 1 || r.bottom > strip.bottom + 1; })"
                    + ".map(function (d) { return d.textContent.trim(); });");
            assertEquals(List.of(), outside, "tabs outside the strip at " + browser.script("return window.innerWidth;")
                    + " px");
            Screenshots.save(browser, "admin-customer-library-tab");
            form.openTab("Audit");
            List<Map<String, String>> audit = form.gridRows("cmAuditTrail");
            for (String action : new String[] {"Library item granted", "Library item revoked",
                    "Library item restored"}) {
                assertTrue(audit.stream().anyMatch(r -> r.values().contains(action)), action + " in " + audit);
            }
        } finally {
            run("DELETE FROM CM_LIBRARY_ENTRY WHERE PRODUCT_ID = ?", productId);
            run("DELETE FROM CM_DIGITAL_FILE WHERE PRODUCT_ID = ?", productId);
            run("UPDATE BLC_PRODUCT SET CM_DIGITAL = FALSE WHERE PRODUCT_ID = ?", productId);
        }
    }

    private static void run(String sql, long id) throws SQLException {
        try (Connection connection = SampleDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
