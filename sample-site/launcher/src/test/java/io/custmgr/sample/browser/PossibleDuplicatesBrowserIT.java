package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

import static io.custmgr.sample.browser.SampleDatabase.hoursAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant opens Customer Care → Possible Duplicates, refreshes it and finds an account and a guest profile whose
 * Gmail addresses differ only by dots, a +tag and the googlemail.com domain: the reason with the shared address, both
 * customers linked, the account offered as the survivor in the "Merge…" link. A deactivated look-alike is left out,
 * and markup in a shopper's name is shown as text. The sample's demo data has two people who registered twice.
 */
@BrowserTest
class PossibleDuplicatesBrowserIT {

    private static final String PAYLOAD = "<svg/onload=window.custmgrXss=1>";

    @Test
    void anAccountAndAGuestWithOneGmailAddressArePairedWithAMergeLink(Browser browser, SampleSite site)
            throws Exception {
        String token = Unique.token();
        long account;
        long guest;
        long deactivated;
        try (SampleDatabase db = SampleDatabase.open()) {
            account = db.insert("BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "M." + token + "+shop@gmail.com",
                    "EMAIL_ADDRESS", "M." + token + "+shop@gmail.com", "FIRST_NAME", "<b>Eve</b>",
                    "LAST_NAME", PAYLOAD, "IS_REGISTERED", true, "DATE_CREATED", hoursAgo(100));
            guest = db.insert("BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "bt-dupe-" + token + "@guest.custmgr.invalid",
                    "EMAIL_ADDRESS", "bt-dupe-" + token + "@guest.custmgr.invalid", "CM_IS_GUEST", true,
                    "CM_CONTACT_EMAIL", "m" + token + "@GoogleMail.com", "FIRST_NAME", "Eve", "LAST_NAME", "Guest",
                    "DATE_CREATED", hoursAgo(200));
            deactivated = db.insert("BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "m" + token + "@gmail.com",
                    "EMAIL_ADDRESS", "m" + token + "@gmail.com", "FIRST_NAME", "Old", "LAST_NAME", "Eve",
                    "IS_REGISTERED", true, "DEACTIVATED", true, "DATE_CREATED", hoursAgo(300));
        }

        new AdminConsole(browser, site).logIn();
        WebElement menu = browser.findAll(By.cssSelector("a[href$='/customer-duplicates']")).stream()
                .filter(link -> link.getAttribute("textContent").contains("Possible Duplicates")).findFirst()
                .orElseThrow(() -> new AssertionError("no Possible Duplicates entry in the admin menu"));
        browser.open(menu.getAttribute("href"));
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-refresh")).click());
        assertTrue(browser.find(By.id("custmgr-refresh-result")).getText().startsWith("Refreshed"),
                browser.find(By.id("custmgr-refresh-result")).getText());

        browser.open(site.admin("customer-duplicates?reason=EMAIL"));
        WebElement row = findRow(browser, account, guest);
        assertEquals("<b>Eve</b> " + PAYLOAD,
                row.findElement(By.cssSelector("td.custmgr-survivor .custmgr-customer-name")).getText(),
                "the account comes first, its name shown as typed");
        assertEquals("Registered", row.findElement(By.cssSelector("td.custmgr-survivor .custmgr-customer-kind"))
                .getText());
        assertEquals("Guest", row.findElement(By.cssSelector("td.custmgr-other .custmgr-customer-kind")).getText());
        assertEquals("m" + token + "@GoogleMail.com",
                row.findElement(By.cssSelector("td.custmgr-other .custmgr-customer-email")).getText());
        assertTrue(row.findElement(By.cssSelector("td.custmgr-survivor a.custmgr-customer-link"))
                .getAttribute("href").endsWith("/admin/customer/" + account));
        assertTrue(row.findElement(By.cssSelector("td.custmgr-other a.custmgr-customer-link"))
                .getAttribute("href").endsWith("/admin/customer/" + guest));
        List<String> shared = row.findElements(By.cssSelector(".custmgr-shared-value")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertEquals(List.of("Same e-mail: m" + token + "@gmail.com"), shared);
        assertTrue(row.findElement(By.cssSelector("a.custmgr-merge-link")).getAttribute("href")
                .endsWith("/admin/customer/" + account + "/merge?with=" + guest + "&survivor=" + account),
                "merge preview of the pair, the suggested survivor preselected");

        assertTrue(browser.findAll(By.cssSelector("tr.custmgr-duplicate-pair[data-other='" + deactivated + "'],"
                + " tr.custmgr-duplicate-pair[data-survivor='" + deactivated + "']")).isEmpty(),
                "a deactivated customer is in no pair");
        assertTrue(browser.findAll(By.cssSelector("table.custmgr-duplicates-table svg")).isEmpty(), "no markup parsed");
        assertNull(browser.script("return window.custmgrXss;"), "an injected handler ran");

        browser.open(site.admin("customer-duplicates?reason=bogus"));
        assertEquals("Unknown reason; all pairs are shown.", browser.find(By.cssSelector(".custmgr-reason-error"))
                .getText());
    }

    @Test
    void theDemoDataHasPeopleWhoRegisteredTwice(Browser browser, SampleSite site) throws Exception {
        long[] marta;
        long[] daniel;
        try (SampleDatabase db = SampleDatabase.open()) {
            marta = twins(db, "Marta", "Kowalski");
            daniel = twins(db, "Daniel", "Okafor");
        }
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer-duplicates"));
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-refresh")).click());

        browser.open(site.admin("customer-duplicates?reason=NAME_ADDRESS"));
        findRow(browser, eitherWay(marta));
        Screenshots.save(browser, "admin-possible-duplicates");
        browser.open(site.admin("customer-duplicates?reason=PHONE"));
        findRow(browser, eitherWay(marta));
        browser.open(site.admin("customer-duplicates?reason=PHONE"));
        findRow(browser, eitherWay(daniel));
    }

    /** The two seeded accounts of one person, oldest first. */
    private static long[] twins(SampleDatabase db, String firstName, String lastName) throws Exception {
        String where = " FROM BLC_CUSTOMER WHERE FIRST_NAME = ? AND LAST_NAME = ?";
        assertEquals(2, db.queryLong("SELECT COUNT(*)" + where, firstName, lastName), firstName + " twice");
        return new long[] {db.queryLong("SELECT MIN(CUSTOMER_ID)" + where, firstName, lastName),
                db.queryLong("SELECT MAX(CUSTOMER_ID)" + where, firstName, lastName)};
    }

    private static By eitherWay(long[] pair) {
        return By.cssSelector(pairRow(pair[0], pair[1]) + ", " + pairRow(pair[1], pair[0]));
    }

    private static String pairRow(long survivor, long other) {
        return "tr.custmgr-duplicate-pair[data-survivor='" + survivor + "'][data-other='" + other + "']";
    }

    /** The pair's row, following "Next" while the list has more pages (other tests add pairs too). */
    private static WebElement findRow(Browser browser, long survivor, long other) {
        return findRow(browser, By.cssSelector(pairRow(survivor, other)));
    }

    private static WebElement findRow(Browser browser, By pair) {
        for (int page = 0; page < 100; page++) {
            List<WebElement> rows = browser.findAll(pair);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = browser.findAll(By.xpath("//div[@class='custmgr-duplicates-pages']/a[text()='Next']"));
            if (next.isEmpty()) {
                break;
            }
            browser.andWaitForNewPage(() -> next.get(0).click());
        }
        throw new AssertionError("no pair " + pair + " on " + browser.currentUrl());
    }
}
