package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed requests get a clear answer in the webapp's own look, on the admin and on the storefront: 404 naming what
 * was not found, 403 "session expired" for a stale or missing CSRF token, 500 with a short reference id — and no
 * body ever holds a stack trace, an exception name or SQL.
 */
@BrowserTest
class ErrorPagesBrowserIT {

    /** Traces of internals that must never reach a visitor. */
    private static final List<String> LEAKS = List.of("at org.", "at java.", "Exception", "exception", "SQL",
            "select ", "org.broadleafcommerce", "org.hibernate", "org.springframework", "java.lang", "io.custmgr",
            "Caused by", "CAUSED BY");
    private static final Pattern REFERENCE = Pattern.compile("Reference: ([0-9a-f]{8})");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theAdminAnswersMissingOrMalformedIdsAndUnknownSectionsWith404SayingWhatWasNotFound(Browser browser,
            SampleSite site) throws Exception {
        String session = adminSession(browser, site);

        HttpResponse<String> missing = get(site.admin("customer/999999999"), session);
        HttpResponse<String> malformed = get(site.admin("customer/abc"), session);
        HttpResponse<String> section = get(site.admin("nosuchsection"), session);

        assertAll(
                () -> assertPage(404, "Customer 999999999 does not exist", missing),
                () -> assertPage(404, "Customer abc does not exist", malformed),
                () -> assertPage(404, "There is no admin section &quot;nosuchsection&quot;", section),
                () -> assertTrue(missing.body().contains("custmgr-error-page") && missing.body().contains("/admin/css/"),
                        "an admin page in the admin's look: " + missing.body()));
    }

    @Test
    void theAdminAnswersAStaleOrMissingCsrfTokenWith403SessionExpired(Browser browser, SampleSite site)
            throws Exception {
        String session = adminSession(browser, site);
        long customerId = new AdminConsole(browser, site).customerIdOf("demo@example.com");

        HttpResponse<String> stale = post(site.admin("customer/" + customerId), session, "csrfToken=stale&x=1", null);
        HttpResponse<String> none = post(site.admin("customer/" + customerId), session, "x=1", null);

        assertAll(
                () -> assertPage(403, "Your session expired — sign in again", stale),
                () -> assertPage(403, "Your session expired — sign in again", none),
                () -> assertTrue(stale.body().contains("href=\"/admin/login\""), "a way to sign in: " + stale.body()));
    }

    @Test
    void theAdminAnswersAFailureWith500AndAReferenceThatIsLogged(Browser browser, SampleSite site) throws Exception {
        String session = adminSession(browser, site);

        HttpResponse<String> failure = get(site.admin(ADMIN_FAILURE), session);

        assertPage(500, "Something went wrong", failure);
        Matcher reference = REFERENCE.matcher(failure.body());
        assertTrue(reference.find(), "a reference id on the page: " + failure.body());
    }

    @Test
    void theStorefrontAnswersMissingOrMalformedIdsWith404AndStaleCsrfTokensWith403(Browser browser, SampleSite site)
            throws Exception {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("errors"), "Secret123")
                .register("Erin", "Errors");
        String session = "JSESSIONID=" + shopper.sessionCookie();

        HttpResponse<String> missing = get(site.storefront("account/addresses/999999999/edit"), session);
        HttpResponse<String> malformed = get(site.storefront("account/addresses/abc/edit"), session);
        HttpResponse<String> stale = post(site.storefront("account/profile"), session, "csrfToken=stale&x=1",
                site.storefront("account/profile"));
        HttpResponse<String> noPageToGoBackTo = post(site.storefront("account/profile"), session,
                "csrfToken=stale&x=1", null);
        HttpResponse<String> anonymous = post(site.storefront("cart/add"), null, "productId=1", null);

        assertAll(
                () -> assertPage(404, "Heat Clinic", missing),
                () -> assertPage(404, "There is nothing at /account/addresses/abc/edit", malformed),
                () -> assertEquals(303, stale.statusCode(), "a stale form goes back to its page: " + stale.body()),
                () -> assertEquals("/account/profile", URI.create(site.storefrontUrl())
                        .resolve(stale.headers().firstValue("Location").orElse("")).getPath()),
                () -> assertPage(403, "The page had expired; please try again", noPageToGoBackTo),
                () -> assertTrue(noPageToGoBackTo.body().contains("site.css"), "the store's look"),
                () -> assertPage(403, "The page had expired; please try again", anonymous));
    }

    @Test
    void aStorefrontFormLeftOpenUntilItsTokenIsStaleComesBackWithAMessageAndSavesNothing(Browser browser,
            SampleSite site) {
        new StorefrontShopper(browser, site, Unique.email("stale"), "Secret123").register("Stella", "Stale");
        browser.open(site.storefront("account/profile"));
        browser.script("document.querySelectorAll('input[name=csrfToken]')"
                + ".forEach(function (input) { input.value = 'stale'; });");
        WebElement firstName = browser.find(By.name("firstName"));
        firstName.clear();
        firstName.sendKeys("Changed");
        browser.andWaitForNewPage(() -> browser.find(By.id("profile-submit")).click());

        assertTrue(browser.currentUrl().endsWith("/account/profile"), browser.currentUrl());
        assertTrue(browser.find(By.id("form-expired")).getText().contains("Please try again"));
        assertEquals("Stella", browser.find(By.name("firstName")).getDomProperty("value"), "nothing was saved");
    }

    /** A collection the customer entity does not have: Broadleaf fails with a NullPointerException. */
    private static final String ADMIN_FAILURE = "customer/1/nosuchcollection";

    private static void assertPage(int status, String text, HttpResponse<String> response) {
        String body = response.body();
        assertEquals(status, response.statusCode(), response.uri() + ": " + body);
        assertTrue(body.contains(text), response.uri() + " should say \"" + text + "\": " + body);
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), response.uri() + " shows \"" + leak + "\": " + body);
        }
    }

    private static String adminSession(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
        return "CMADMINSESSIONID=" + browser.driver().manage().getCookieNamed("CMADMINSESSIONID").getValue();
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, String form, String referer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
