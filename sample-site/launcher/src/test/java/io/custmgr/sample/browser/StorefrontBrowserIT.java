package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A shopper visits the storefront: the home page renders with links into the catalog, and a product opened from it
 * shows its name and price. Relies only on stable demo-data facts: the "Hot Sauces" department at
 * {@code /hot-sauces} and its products (name and price as seeded by the sample site's demo catalog).
 */
@BrowserTest
class StorefrontBrowserIT {

    /** The seeded hot sauces by URL: name, and the price a shopper pays (the sale price where there is one). */
    private static final Map<String, String[]> HOT_SAUCES = Map.of(
            "/hot-sauces/green-ghost", new String[] {"Green Ghost", "9.99"},
            "/hot-sauces/ember-road-habanero", new String[] {"Ember Road Habanero", "8.49"},
            "/hot-sauces/smoked-chipotle-drizzle", new String[] {"Smoked Chipotle Drizzle", "5.49"},
            "/hot-sauces/midnight-ghost-pepper", new String[] {"Midnight Ghost Pepper", "14.99"},
            "/hot-sauces/citrus-scorpion-splash", new String[] {"Citrus Scorpion Splash", "12.49"});

    /** Text a page shows when Thymeleaf, Spring or the container failed to render it. */
    private static final List<String> ERROR_TEXTS = List.of("TemplateProcessingException", "Exception evaluating",
            "Error resolving template", "TemplateInputException", "SpelEvaluationException", "HTTP ERROR",
            "Whitelabel", "NoSuchBeanDefinitionException", "Stacktrace", "java.lang.");

    private static final Pattern PRICE = Pattern.compile("\\$\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{2}");

    private Browser browser;
    private SampleSite site;

    @BeforeEach
    void open(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void homePageRendersWithTitleHeadingAndProductLinks() {
        assertEquals(200, status(site.storefrontUrl()), "HTTP status of the home page");

        browser.open(site.storefrontUrl());
        String text = pageText();
        assertAll("home page",
                () -> assertFalse(browser.title().isBlank(), "the page has a title"),
                () -> assertTrue(firstHeading().isPresent(), "the page has a heading (h1 or h2)"),
                () -> assertNoErrorText(text),
                () -> assertFalse(catalogLinks().isEmpty(), "links into the catalog (products or departments)"));
    }

    @Test
    void productOpenedFromTheHomePageShowsItsNameAndPrice() {
        browser.open(site.storefrontUrl());
        assertNoErrorText(pageText());

        WebElement productLink = hotSauceLinkOnPage().orElseGet(() -> {
            // The home page may link departments only: go through the Hot Sauces department.
            WebElement department = catalogLinks().stream()
                    .filter(link -> path(link.getDomProperty("href")).equals("/hot-sauces"))
                    .findFirst()
                    .orElseGet(() -> fail("The home page links neither a hot sauce nor the Hot Sauces department; "
                            + "catalog links: " + describe(catalogLinks())));
            browser.andWaitForNewPage(department::click);
            assertNoErrorText(pageText());
            return hotSauceLinkOnPage().orElseGet(() -> fail("The Hot Sauces department links no hot sauce; "
                    + "catalog links: " + describe(catalogLinks())));
        });
        String productPath = path(productLink.getDomProperty("href"));
        String[] expected = HOT_SAUCES.get(productPath);
        assertNotNull(expected, "not a seeded hot sauce: " + productPath);

        browser.andWaitForNewPage(productLink::click);

        assertEquals(productPath, path(browser.currentUrl()));
        assertEquals(200, status(site.storefront(productPath)), "HTTP status of " + productPath);
        String text = pageText();
        assertNoErrorText(text);
        assertEquals(expected[0], browser.waitVisible(By.tagName("h1")).getText().trim(), "product heading");
        Matcher price = PRICE.matcher(text);
        assertTrue(price.find(), "the page shows a price in dollars");
        assertTrue(text.contains("$" + expected[1]), "the page shows the price " + expected[1] + "; prices shown: "
                + PRICE.matcher(text).results().map(m -> m.group()).collect(Collectors.toList()));
    }

    private Optional<WebElement> hotSauceLinkOnPage() {
        return catalogLinks().stream()
                .filter(link -> HOT_SAUCES.containsKey(path(link.getDomProperty("href"))))
                .filter(WebElement::isDisplayed)
                .findFirst();
    }

    /** Links on the page into a demo department or product. */
    private List<WebElement> catalogLinks() {
        return browser.findAll(By.cssSelector("a[href]")).stream()
                .filter(link -> path(link.getDomProperty("href"))
                        .matches("/(hot-sauces|merchandise|digital)(/[a-z0-9-]+)?"))
                .collect(Collectors.toList());
    }

    private Optional<String> firstHeading() {
        return browser.findAll(By.cssSelector("h1, h2")).stream()
                .map(WebElement::getText).map(String::trim).filter(heading -> !heading.isEmpty()).findFirst();
    }

    private String pageText() {
        return browser.find(By.tagName("body")).getText();
    }

    private void assertNoErrorText(String text) {
        for (String error : ERROR_TEXTS) {
            assertFalse(text.contains(error), "the page at " + browser.currentUrl() + " shows error text '" + error
                    + "': " + text.substring(0, Math.min(600, text.length())));
        }
    }

    /** The path of a storefront link, without query, fragment, session id or trailing slash. */
    private String path(String url) {
        if (url == null) {
            return "";
        }
        URI uri = URI.create(url.replace(" ", "%20"));
        if (uri.getHost() != null && !url.startsWith(site.storefrontUrl())) {
            return "";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        int sessionId = path.indexOf(';');
        if (sessionId >= 0) {
            path = path.substring(0, sessionId);
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String describe(List<WebElement> links) {
        return links.stream().map(link -> link.getDomProperty("href")).distinct().collect(Collectors.joining(", "));
    }

    /** The HTTP status of a GET without following redirects (the browser does not report statuses). */
    private static int status(String url) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
