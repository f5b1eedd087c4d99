package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Read-only values on the customer form (registration date, last update, registration IP, the guest fields…) are
 * plain text: no "open" link to {@code /admin/null/<value>}, and no link on the form leads to a server error.
 */
@BrowserTest
class AdminReadOnlyFieldsBrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAccountsReadOnlyFieldsAreTextAndItsFormHasNoBrokenLinks(Browser browser, SampleSite site) throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long id = admin.customerIdOf("demo@example.com");

        assertReadOnlyFieldsAreTextAndLinksWork(browser, site, id, "admin-customer-form");
    }

    @Test
    void aGuestsReadOnlyFieldsAreTextAndItsFormHasNoBrokenLinks(Browser browser, SampleSite site) throws Exception {
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer") + "?username=guest-");
        WebElement row = browser.findAll(By.cssSelector("tr[data-link]")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no seeded guest in the customer list"));
        long id = AdminConsole.customerId(row.getAttribute("data-link"));

        assertReadOnlyFieldsAreTextAndLinksWork(browser, site, id, "admin-guest-form");
    }

    private void assertReadOnlyFieldsAreTextAndLinksWork(Browser browser, SampleSite site, long customerId,
            String screenshot) throws Exception {
        browser.open(site.admin("customer/" + customerId));
        browser.waitVisible(By.cssSelector("form.entity-form"));
        Screenshots.save(browser, screenshot);
        List<WebElement> readOnly = browser.findAll(By.cssSelector("form.entity-form .custmgr-readonly"));
        assertTrue(readOnly.size() >= 5, "the form's read-only fields: " + readOnly.size());
        for (WebElement field : readOnly) {
            assertEquals(List.of(), field.findElements(By.tagName("a")), "links in a read-only field");
        }
        assertTrue(browser.find(By.cssSelector("form.entity-form")).getText().contains("Registration Date"),
                "the registration date is on the form");

        Set<String> hrefs = new LinkedHashSet<>();
        for (WebElement link : browser.findAll(By.cssSelector("form.entity-form a[href]"))) {
            String href = link.getDomAttribute("href");
            assertFalse(href.contains("/admin/null/") || href.contains("/null/"), "a link to " + href);
            if (href.startsWith("/admin/") && !href.contains("#")) {
                hrefs.add(href);
            }
        }
        String cookie = "CMADMINSESSIONID="
                + browser.driver().manage().getCookieNamed("CMADMINSESSIONID").getValue();
        List<String> broken = new ArrayList<>();
        for (String href : hrefs) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(site.storefrontUrl()).resolve(href))
                    .header("Cookie", cookie).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                broken.add(href + " -> " + status);
            }
        }
        assertEquals(List.of(), broken, "links on the form of customer " + customerId + " that fail");
    }
}
