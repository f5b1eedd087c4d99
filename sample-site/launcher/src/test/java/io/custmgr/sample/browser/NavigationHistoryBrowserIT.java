package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a shopper browses on the storefront shows up, in order, on the customer's navigation history page in the
 * admin, reached from the customer form's button; sensitive query parameters are masked.
 */
@BrowserTest
class NavigationHistoryBrowserIT {

    private static final String SHOPPER = "demo@example.com";
    private static final String PASSWORD = "demo1234";

    @Test
    void storefrontViewsAppearInOrderOnTheAdminNavigationHistoryPage(Browser browser, SampleSite site) {
        String token = Unique.token();
        signInToStorefront(browser, site);
        browser.open(site.storefront("search?q=first" + token));
        browser.open(site.storefront("hot-sauces"));
        browser.open(site.storefront("search?q=second" + token + "&password=hunter2"));

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(SHOPPER);
        new AdminCustomerList(browser, site).open(customerId);
        browser.andWaitForNewPage(() -> browser.waitVisible(By.cssSelector("button.custmgr-navigation-history")).click());
        assertTrue(browser.currentUrl().contains("/customer/" + customerId + "/navigation-history"),
                "the button opens the history page: " + browser.currentUrl());

        List<String> urls = urlsOnLastPage(browser).stream().filter(url -> url.contains(token))
                .collect(Collectors.toList());
        assertEquals(2, urls.size(), "both searches recorded: " + urls);
        assertTrue(urls.get(0).contains("first" + token), "oldest first: " + urls);
        assertTrue(urls.get(1).contains("second" + token), "oldest first: " + urls);
        assertFalse(urls.get(1).contains("hunter2"), "the password parameter is masked: " + urls.get(1));
    }

    @Test
    void aGuestsBrowsingIsKeptInOrderWhenTheGuestRegisters(Browser browser, SampleSite site) {
        String token = Unique.token();
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.storefront("search?q=first" + token));
        browser.open(site.storefront("hot-sauces"));
        browser.open(site.storefront("search?q=second" + token));
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("guest"), "Secret123");
        shopper.registerInThisSession("Guest", "Browser");

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());
        browser.open(site.admin("customer/" + customerId + "/navigation-history"));
        List<String> urls = urlsOnLastPage(browser);
        int first = urls.indexOf("/search?q=first" + token);
        assertTrue(first >= 0, "the guest's first view belongs to the new account: " + urls);
        assertEquals(List.of("/search?q=first" + token, "/hot-sauces", "/search?q=second" + token),
                urls.subList(first, first + 3), "in the order browsed");
    }

    private static void signInToStorefront(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.storefront("login"));
        browser.waitVisible(By.name("j_username")).sendKeys(SHOPPER);
        WebElement password = browser.find(By.name("j_password"));
        password.sendKeys(PASSWORD);
        browser.andWaitForNewPage(password::submit);
        assertFalse(browser.currentUrl().contains("/login"), "storefront sign-in failed: " + browser.currentUrl());
    }

    /** The newest views are on the last page; views are written off the request thread, so wait for them. */
    private static List<String> urlsOnLastPage(Browser browser) {
        String historyUrl = browser.currentUrl().replaceAll("\\?.*$", "");
        return browser.until(driver -> {
            driver.get(historyUrl + "?page=1000000");
            List<String> urls = driver.findElements(By.cssSelector("td.custmgr-url")).stream()
                    .map(WebElement::getText).collect(Collectors.toList());
            return urls.stream().anyMatch(url -> url.contains("second")) ? urls : null;
        });
    }
}
