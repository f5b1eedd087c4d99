package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markup a shopper controls (the URL, the Referer and the User-Agent header) is shown as text in the admin, on the
 * customer form's recent page views and on the navigation history page, and never runs.
 */
@BrowserTest
class NavigationHistoryEscapingBrowserIT {

    private static final String PAYLOAD = "<svg/onload=window.custmgrXss=1>";

    @Test
    void markupInUrlReferrerAndUserAgentIsShownAsText(Browser browser, SampleSite site) throws Exception {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("markup"), "Secret123")
                .register("Eve", "Mallory");
        String token = Unique.token();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", "JSESSIONID=" + shopper.sessionCookie());
        headers.put("User-Agent", "Mozilla/5.0 " + PAYLOAD);
        headers.put("Referer", "http://referrer.example/" + PAYLOAD);
        String status = RawHttp.get(site.storefrontUrl(), "/search?q=" + token + PAYLOAD, headers);
        assertTrue(status.contains(" 200"), "the storefront served the page: " + status);

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());
        new AdminCustomerList(browser, site).open(customerId);
        String recentUrl = browser.until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("#cmRecentPageViews td[data-fieldname=url]")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(token)).findFirst().orElse(null);
        });
        assertEquals("/search?q=" + token + PAYLOAD, recentUrl.trim());
        assertNoScriptRan(browser);

        browser.open(site.admin("customer/" + customerId + "/navigation-history?page=1000000"));
        List<WebElement> rows = browser.findAll(By.cssSelector("tr.custmgr-history-row"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(token)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for the hostile request"));
        assertEquals("/search?q=" + token + PAYLOAD, row.findElement(By.cssSelector("td.custmgr-url")).getText());
        assertEquals("http://referrer.example/" + PAYLOAD,
                row.findElement(By.cssSelector("td.custmgr-referrer")).getText());
        assertEquals("Mozilla/5.0 " + PAYLOAD,
                row.findElement(By.cssSelector("td.custmgr-browser .custmgr-user-agent")).getText());
        assertTrue(browser.findAll(By.cssSelector("tr.custmgr-history-row svg")).isEmpty(), "no markup was parsed");
        assertNoScriptRan(browser);
    }

    private static void assertNoScriptRan(Browser browser) {
        assertNull(browser.script("return window.custmgrXss;"), "an injected handler ran");
    }
}
