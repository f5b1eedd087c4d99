package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper's account events on the storefront (real registration, logout and login forms) appear on the customer's
 * "Activity log" tab in the admin, newest first; the first tab shows the recent page views with a way to all of them.
 */
@BrowserTest
class ActivityLogBrowserIT {

    private static final String PASSWORD = "Secret123";

    @Test
    void accountEventsAppearNewestFirstOnTheActivityLogTab(Browser browser, SampleSite site) {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("activity"), PASSWORD);
        shopper.register("Ada", "Lovelace").logOut();
        assertFalse(shopper.logIn("not-the-password"), "a wrong password is refused");
        shopper.logIn();

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());
        new AdminCustomerList(browser, site).open(customerId);

        List<String> events = browser.until(driver -> eventTypesOnActivityTab(driver, 4));
        assertEquals(Arrays.asList("Login", "Failed login", "Logout", "Registration"), events.subList(0, 4));
        String ip = browser.find(By.cssSelector("#cmActivityLog td[data-fieldname=ip]")).getAttribute("textContent");
        assertTrue(ip.trim().matches("[0-9a-fA-F:.]+"), "the client IP is shown: " + ip);
    }

    @Test
    void recentPageViewsShowTheLatestViewFirstAndLeadToTheWholeHistory(Browser browser, SampleSite site) {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("recent"), PASSWORD);
        shopper.register("Grace", "Hopper");
        browser.open(site.storefront("hot-sauces"));
        browser.open(site.storefront("search?q=" + Unique.token()));

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());
        new AdminCustomerList(browser, site).open(customerId);

        List<String> urls = browser.until(driver -> recentUrls(driver, 3));
        assertTrue(urls.get(0).startsWith("/search?q="), "newest first: " + urls);
        assertEquals("/hot-sauces", urls.get(1), "newest first: " + urls);
        String item = browser.findAll(By.cssSelector("#cmRecentPageViews td[data-fieldname=item]")).get(1)
                .getText();
        assertEquals("Category: Hot Sauces", item);

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#cmRecentPageViews button.custmgr-grid-link"))
                .click());
        assertTrue(browser.currentUrl().contains("/customer/" + customerId + "/navigation-history"),
                "See all opens the history page: " + browser.currentUrl());
    }

    /** Events are written off the request thread: reload until they are all there. */
    private static List<String> eventTypesOnActivityTab(WebDriver driver, int expected) {
        driver.navigate().refresh();
        driver.findElements(By.cssSelector("dl.tabs dd a")).stream()
                .filter(tab -> tab.getText().trim().equals("Activity log")).findFirst()
                .ifPresent(WebElement::click);
        List<String> types = driver.findElements(By.cssSelector("#cmActivityLog td[data-fieldname=type]")).stream()
                .map(cell -> cell.getText().trim()).collect(Collectors.toList());
        return types.size() >= expected ? types : null;
    }

    private static List<String> recentUrls(WebDriver driver, int expected) {
        driver.navigate().refresh();
        List<String> urls = driver.findElements(By.cssSelector("#cmRecentPageViews td[data-fieldname=url]")).stream()
                .map(cell -> cell.getText().trim()).collect(Collectors.toList());
        return urls.size() >= expected ? urls : null;
    }
}
