package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper buys the demo's bundle of two downloads and finds both in My library, downloads a file through its
 * signed link (a PDF, logged in the download history); a changed link and another account's use of it get the
 * refusal page and no bytes; an all-access customer sees every digital product, the shipped kit's guide included.
 */
@BrowserTest
class MyLibraryBrowserIT {

    private static final String BUNDLE = "digital/chili-readers-bundle";

    @Test
    void aBoughtBundleIsInMyLibraryAndItsFilesDownloadOnlyForTheBuyer(Browser browser, SampleSite site)
            throws Exception {
        StorefrontShopper other = new StorefrontShopper(browser, site, Unique.email("library-other"), "Library123")
                .register("Olga", "Other");
        StorefrontShopper buyer = new StorefrontShopper(browser, site, Unique.email("library"), "Library123")
                .register("Lena", "Library");
        browser.open(site.storefront("account/library"));
        assertEquals("Digital products you buy appear here, ready to download.",
                browser.find(By.id("library-empty")).getText().trim());

        browser.open(site.storefront(BUNDLE));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#add-to-cart button[type=submit]")).click());
        browser.open(site.storefront("cart"));
        browser.andWaitForNewPage(() -> browser.find(By.id("checkout-link")).click());
        GuestCheckoutBrowserIT.placeOrder(browser, buyer.email(), "Library");

        browser.open(site.storefront("account"));
        browser.andWaitForNewPage(() -> browser.find(By.id("library-link")).click());
        assertEquals(List.of("Chili Grower's Calendar", "Hot Sauce Field Guide"), itemNames(browser));
        WebElement guide = item(browser, "Hot Sauce Field Guide");
        assertTrue(guide.findElement(By.cssSelector(".library-acquisition")).getText().startsWith("Bought on"));
        assertEquals(List.of("hot-sauce-field-guide.pdf", "pepper-heat-chart.txt"), guide
                .findElements(By.cssSelector(".library-file-name")).stream().map(e -> e.getText().trim())
                .collect(Collectors.toList()));
        String link = guide.findElement(By.cssSelector(".library-file[data-file-id] a.download-link"))
                .getAttribute("href");
        Accessibility.storefront().check(browser);

        Download download = fetch(link, buyer.sessionCookie());
        assertEquals(200, download.status);
        assertTrue(download.disposition.contains("filename=\"hot-sauce-field-guide.pdf\""), download.disposition);
        assertTrue(download.body.startsWith("%PDF-1.4"), "a PDF: " + download.body.substring(0, 20));

        String changed = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        Download tampered = fetch(changed, buyer.sessionCookie());
        assertEquals(403, tampered.status);
        assertTrue(tampered.body.contains("This download link is not valid."), tampered.body);
        assertFalse(tampered.body.contains("%PDF"));

        browser.until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("#download-history .download-file")).stream()
                    .anyMatch(cell -> cell.getText().trim().equals("hot-sauce-field-guide.pdf"));
        });

        buyer.logOut();
        other.logIn();
        Download foreign = fetch(link, other.sessionCookie());
        assertEquals(403, foreign.status);
        assertTrue(foreign.body.contains("This download link belongs to another account."), foreign.body);
        assertFalse(foreign.body.contains("%PDF"));
    }

    @Test
    void anAllAccessCustomerSeesEveryDigitalProduct(Browser browser, SampleSite site) throws Exception {
        StorefrontShopper member = new StorefrontShopper(browser, site, Unique.email("library-member"), "Library123")
                .register("Max", "Member");
        try (SampleDatabase db = SampleDatabase.open()) {
            db.update("UPDATE BLC_CUSTOMER SET CM_LIBRARY_ALL_ACCESS = TRUE WHERE EMAIL_ADDRESS = ?", member.email());
        }
        browser.open(site.storefront("account/library"));
        List<String> names = itemNames(browser);
        assertTrue(names.containsAll(List.of("Chili Grower's Calendar", "Fermentation Masterclass",
                "Grower's Starter Kit", "Hot Sauce Field Guide")), names.toString());
        WebElement kit = item(browser, "Grower's Starter Kit");
        assertEquals("Included in your all-access membership",
                kit.findElement(By.cssSelector(".library-acquisition")).getText().trim());
        assertEquals("Comes with a shipped product", kit.findElement(By.cssSelector(".library-package")).getText());
        assertEquals(1, kit.findElements(By.cssSelector("a.download-link")).size(), "growing-guide.pdf");
    }

    private static List<String> itemNames(Browser browser) {
        return browser.findAll(By.cssSelector(".library-item .library-item-name")).stream()
                .map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    private static WebElement item(Browser browser, String name) {
        return browser.findAll(By.cssSelector(".library-item")).stream()
                .filter(e -> e.findElement(By.cssSelector(".library-item-name")).getText().trim().equals(name))
                .findFirst().orElseThrow();
    }

    /** GET with the shopper's session, outside the browser (headless Chromium would save the file somewhere). */
    private static Download fetch(String url, String session) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestProperty("Cookie", "JSESSIONID=" + session);
        connection.setInstanceFollowRedirects(false);
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        String disposition = connection.getHeaderField("Content-Disposition");
        return new Download(status, disposition == null ? "" : disposition, body);
    }

    private static final class Download {
        final int status;
        final String disposition;
        final String body;

        Download(int status, String disposition, String body) {
            this.status = status;
            this.disposition = disposition;
            this.body = body;
        }
    }
}
