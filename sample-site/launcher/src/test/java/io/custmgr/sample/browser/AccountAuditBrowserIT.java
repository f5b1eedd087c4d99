package io.custmgr.sample.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merchant runs the account audit, drills into the suspected spam, ticks three bot accounts (web addresses in their
 * names), confirms the summary, watches the cleanup's progress bar fill and reads the deletion report; the accounts
 * are gone from the database, a fourth spam account left unticked is not. The sample's own demo data has suspected
 * spam of every kind it seeds.
 */
@BrowserTest
class AccountAuditBrowserIT {

    private final List<Long> customers = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();
    private long unticked;

    @BeforeEach
    void seedSpamAccounts() throws SQLException {
        try (SampleDatabase db = SampleDatabase.open()) {
            for (int i = 0; i < 4; i++) {
                String email = Unique.email("audit-spam" + i);
                long id = db.insert("BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", email, "EMAIL_ADDRESS", email,
                        "FIRST_NAME", "Cheap pills", "LAST_NAME", "www.bt-spam" + i + ".example", "IS_REGISTERED", true,
                        "DATE_CREATED", new Timestamp(System.currentTimeMillis() - 86_400_000L), "CM_IS_GUEST", false);
                customers.add(id);
                emails.add(email);
            }
        }
        unticked = customers.get(3);
    }

    @AfterEach
    void deleteLeftovers() throws SQLException {
        try (Connection connection = SampleDatabase.connect()) {
            for (String table : new String[] {"CM_ACCOUNT_AUDIT_RESULT", "BLC_CUSTOMER"}) {
                for (long id : customers) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE CUSTOMER_ID = ?")) {
                        delete.setLong(1, id);
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    @Test
    void auditDrillSelectConfirmProgressAndReport(Browser browser, SampleSite site) throws Exception {
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("account-audit"));
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("custmgr-audit-run")).click());
        assertTrue(browser.waitVisible(By.id("custmgr-audit-message")).getText().startsWith("Audit finished"));
        WebElement spamRow = browser.find(By.cssSelector("#custmgr-audit-classes tr[data-class=SPAM]"));
        assertTrue(Integer.parseInt(spamRow.findElement(By.className("custmgr-count")).getText()) >= 4,
                "the seeded bots count as suspected spam");

        browser.andWaitForNewPage(() -> spamRow.findElement(By.className("custmgr-drill")).click());
        assertEquals("Suspected spam", browser.waitVisible(By.id("custmgr-class-title")).getText());
        pageShowing(browser, customers.get(0)); // the seeded ids are consecutive: one page shows all three
        for (int i = 0; i < 3; i++) {
            WebElement row = browser.find(By.cssSelector("tr[data-customer-id='" + customers.get(i) + "']"));
            assertTrue(row.findElement(By.className("custmgr-reasons")).getText()
                    .contains("Web address in the name"), "reason shown");
            browser.clickCentered(row.findElement(By.className("custmgr-select")));
        }
        browser.andWaitForNewPage(() -> browser.clickCentered(browser.find(By.id("custmgr-cleanup-selected"))));

        assertEquals("3", browser.waitVisible(By.id("custmgr-preview-selected")).getText());
        assertEquals("3", browser.find(By.id("custmgr-preview-delete")).getText());
        assertEquals("0", browser.find(By.id("custmgr-preview-kept")).getText());
        Accessibility.admin().check(browser);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-cleanup-confirm")).click());

        // The run page polls its progress and reloads with the report once the job is done.
        browser.until(driver -> driver.findElements(By.id("custmgr-run-report")).isEmpty() ? null : true);
        assertEquals("DONE", browser.find(By.id("custmgr-run-status")).getText());
        assertEquals("3", browser.find(By.id("custmgr-run-deleted")).getText());
        assertTrue(browser.find(By.id("custmgr-progress-bar")).getAttribute("style").contains("width: 100%"));
        assertEquals(AdminConsole.USERNAME, browser.find(By.id("custmgr-run-admin")).getText());
        List<String> reported = new ArrayList<>();
        for (WebElement item : browser.findAll(By.cssSelector("#custmgr-report tr.custmgr-report-item"))) {
            assertEquals("DELETED", item.getAttribute("data-outcome"));
            reported.add(item.findElement(By.className("custmgr-report-email")).getText());
        }
        assertEquals(emails.subList(0, 3), reported);
        Screenshots.save(browser, "admin-account-cleanup-report");
        Accessibility.admin().check(browser);

        for (int i = 0; i < 3; i++) {
            assertEquals(0, customerRows(customers.get(i)), "deleted: " + emails.get(i));
        }
        assertEquals(1, customerRows(unticked), "an unticked account stays");
    }

    @Test
    void theDemoDataHasSuspectedSpamOfEveryKind(Browser browser, SampleSite site) throws Exception {
        long urlName;
        long disposable;
        long burst;
        try (SampleDatabase db = SampleDatabase.open()) {
            urlName = db.queryLong("SELECT MIN(CUSTOMER_ID) FROM BLC_CUSTOMER WHERE LAST_NAME LIKE 'www.%'");
            disposable = db.queryLong("SELECT MIN(CUSTOMER_ID) FROM BLC_CUSTOMER"
                    + " WHERE EMAIL_ADDRESS LIKE '%@mailinator.com'");
            burst = db.queryLong("SELECT MIN(CUSTOMER_ID) FROM BLC_CUSTOMER WHERE CM_REGISTRATION_IP = ?",
                    "203.0.113.45");
        }
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("account-audit"));
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("custmgr-audit-run")).click());
        WebElement spamRow = browser.find(By.cssSelector("#custmgr-audit-classes tr[data-class=SPAM]"));
        assertTrue(Integer.parseInt(spamRow.findElement(By.className("custmgr-count")).getText()) >= 7,
                "the sample's bots count as suspected spam");
        Screenshots.save(browser, "admin-account-audit");
        browser.andWaitForNewPage(() -> spamRow.findElement(By.className("custmgr-drill")).click());
        String spamList = browser.currentUrl();

        assertTrue(reasonsOf(browser, spamList, urlName).contains("Web address in the name"));
        assertTrue(reasonsOf(browser, spamList, disposable).contains("Disposable e-mail domain"));
        assertTrue(reasonsOf(browser, spamList, burst).contains("Many registrations from one IP"));
        Screenshots.save(browser, "admin-account-audit-spam");
    }

    /** The spam reasons the class list shows for a customer ("Web address in the name (2)"). */
    private static String reasonsOf(Browser browser, String spamList, long customerId) {
        browser.open(spamList);
        pageShowing(browser, customerId);
        return browser.find(By.cssSelector("tr[data-customer-id='" + customerId + "'] .custmgr-reasons")).getText();
    }

    /** Pages forward through the class list until it shows the customer. */
    private static void pageShowing(Browser browser, long customerId) {
        while (true) {
            if (!browser.findAll(By.cssSelector("tr[data-customer-id='" + customerId + "']")).isEmpty()) {
                return;
            }
            List<WebElement> next = browser.findAll(By.id("custmgr-next"));
            if (next.isEmpty()) {
                throw new AssertionError("customer " + customerId + " is not in the spam list");
            }
            browser.andWaitForNewPage(() -> next.get(0).click());
        }
    }

    private static long customerRows(long customerId) throws SQLException {
        try (SampleDatabase db = SampleDatabase.open()) {
            return db.queryLong("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customerId);
        }
    }
}
