package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant exports the demo customer from the customer form: the job's page offers a signed link, and the ZIP it
 * downloads holds the customer's orders, addresses and page views as JSON and escaped HTML; a changed link gets a
 * page saying so, and no file. The customer form lists the demo customer's consents. A shopper asks for a copy on the
 * account page: the mailed link downloads it for that shopper, signed in, and for nobody else; one request a day.
 */
@BrowserTest
class PersonalDataExportBrowserIT {

    private static final String DEMO = "demo@example.com";

    @Test
    void theMerchantExportsTheDemoCustomerAndTheZipHoldsOrdersAddressesAndPageViews(Browser browser,
            SampleSite site) throws IOException {
        new StorefrontShopper(browser, site, DEMO, "demo1234").logIn();
        browser.open(site.storefront("hot-sauces"));
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(DEMO);
        new AdminCustomerList(browser, site).open(customerId);
        browser.until(driver -> !driver.findElements(By.cssSelector("#cmRecentPageViews td[data-fieldname=url]"))
                .isEmpty()); // the page view is written off the request thread
        assertFalse(browser.findAll(By.cssSelector("#cmConsents")).isEmpty(), "the form lists the consents");

        browser.andWaitForNewPage(() -> browser.waitVisible(By.cssSelector("button.custmgr-export-personal-data"))
                .click());
        assertTrue(browser.currentUrl().endsWith("/customer/" + customerId + "/personal-data-export"),
                browser.currentUrl());
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("custmgr-export-start")).click());
        while (browser.findAll(By.id("custmgr-export-download")).isEmpty()) {
            assertTrue(browser.findAll(By.id("custmgr-export-failed")).isEmpty(), "the export failed");
            browser.andWaitForNewPage(() -> browser.waitVisible(By.id("custmgr-export-refresh")).click());
        }
        Screenshots.save(browser, "admin-personal-data-export");
        Accessibility.admin().check(browser);
        String href = browser.find(By.id("custmgr-export-download")).getDomAttribute("href");

        Fetched zip = fetch(browser, href);
        assertEquals(200, zip.status);
        Map<String, String> entries = unzip(zip.body);
        String json = entries.get("personal-data.json");
        assertTrue(json.contains("\"customerId\":" + customerId), json.substring(0, 200));
        for (String section : List.of("orders", "addresses", "pageViews")) {
            assertTrue(json.contains("\"" + section + "\":[{"), "the demo customer's " + section);
        }
        assertTrue(json.contains("\"url\":\"/hot-sauces\""), "the page view just made");
        String html = entries.get("personal-data.html");
        assertTrue(html.contains("<h2 id=\"orders\">Orders</h2>"));
        assertTrue(html.contains(DEMO));

        String token = href.substring(href.indexOf("token=") + "token=".length());
        String tampered = href.replace(token, new StringBuilder(token).reverse().toString());
        Fetched refused = fetch(browser, tampered);
        assertEquals(404, refused.status);
        assertFalse(refused.body.length > 2 && refused.body[0] == 'P' && refused.body[1] == 'K', "no ZIP bytes");
        browser.open(site.admin("personal-data-export/download?token=" + Unique.token()));
        WebElement message = browser.waitVisible(By.id("custmgr-export-link-refused"));
        assertTrue(message.getText().contains("not valid"), message.getText());
    }

    @Test
    void theShopperAsksForACopyAndTheMailedLinkDownloadsItForThatShopperOnly(Browser browser, SampleSite site)
            throws Exception {
        String email = Unique.email("copy-me");
        StorefrontShopper shopper = new StorefrontShopper(browser, site, email, "copy1234").register("Cora", "Copy");
        browser.open(site.storefront("account"));
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("personal-data-link")).click());
        Accessibility.storefront().check(browser);
        browser.andWaitForNewPage(() -> browser.find(By.id("copy-request")).click());
        assertTrue(browser.find(By.id("copy-requested")).isDisplayed());
        assertTrue(browser.find(By.id("copy-last")).isDisplayed(), "the page says when the copy was asked for");
        Screenshots.save(browser, "storefront-personal-data");

        String href = mailedLink(browser, site, email); // mailed once the file is written
        Fetched zip = fetch(browser, href);
        assertEquals(200, zip.status);
        String json = unzip(zip.body).get("personal-data.json");
        assertTrue(json.contains("\"emailAddress\":\"" + email + "\""), json.substring(0, 300));
        assertTrue(unzip(zip.body).get("personal-data.html").contains(email));

        String token = href.substring(href.indexOf("token=") + "token=".length());
        browser.open(href.replace(token, new StringBuilder(token).reverse().toString()));
        assertTrue(browser.waitVisible(By.id("copy-download-error")).getText().contains("does not work"));
        assertEquals(404, fetch(browser, href.replace(token, token.substring(1) + "x")).status);

        browser.open(site.storefront("account/personal-data"));
        browser.andWaitForNewPage(() -> browser.find(By.id("copy-request")).click());
        assertTrue(browser.find(By.id("copy-refused")).getText().contains("less than 24 hours ago"),
                "one copy a day");

        shopper.logOut();
        StorefrontShopper other = new StorefrontShopper(browser, site, Unique.email("copy-other"), "other1234")
                .register("Otto", "Other");
        browser.open(href);
        assertTrue(browser.waitVisible(By.id("copy-download-error")).getText().contains("another account"));
        Fetched refused = fetch(browser, href);
        assertEquals(404, refused.status);
        assertFalse(refused.body.length > 2 && refused.body[0] == 'P' && refused.body[1] == 'K', "no ZIP bytes");
        other.logOut();
    }

    private static String mailedLink(Browser browser, SampleSite site, String email) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60000L;
        while (true) {
            try {
                return Outbox.link(browser, site, email, "/account/personal-data/download");
            } catch (AssertionError notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500L);
            }
        }
    }

    private static final class Fetched {
        final int status;
        final byte[] body;

        Fetched(int status, byte[] body) {
            this.status = status;
            this.body = body;
        }
    }

    /** GET as the signed-in admin's page would (same session): the status and the bytes. */
    private static Fetched fetch(Browser browser, String href) {
        String answer = (String) browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + " return r.arrayBuffer().then(function (b) { var s = ''; var a = new Uint8Array(b);"
                + " for (var i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }"
                + " done(r.status + ' ' + btoa(s)); }); }, function (e) { done('-1 '); });", href);
        int space = answer.indexOf(' ');
        return new Fetched(Integer.parseInt(answer.substring(0, space)),
                Base64.getDecoder().decode(answer.substring(space + 1)));
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                entries.put(entry.getName(), content.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
