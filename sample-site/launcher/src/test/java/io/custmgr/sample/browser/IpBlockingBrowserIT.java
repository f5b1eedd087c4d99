package io.custmgr.sample.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merchant blocks a network under Customer Care → Blocked IPs (a bad address answered at the field, the range shown
 * normalized with who and when); from that network the storefront's registration and login forms refuse with the
 * message and create nothing; after the merchant deletes the block both work again.
 * <p>
 * The browser's requests carry {@code X-Forwarded-For} with an address of TEST-NET-2 (the launcher's peer,
 * 127.0.0.1, is a trusted proxy in the sample's settings), so the block hits this browser only and never the other
 * browser tests, which come from 127.0.0.1; the range is deleted again after each test whatever happened.
 */
@BrowserTest
class IpBlockingBrowserIT {

    static final String ADDRESS = "address";
    static final String REASON = "reason";
    static final String CLIENT_IP = "198.51.100.77";
    static final String TYPED_RANGE = "198.51.100.77/24";
    static final String SHOWN_RANGE = "198.51.100.0/24";
    static final String MESSAGE = "Sign-ins and registrations from your network are blocked. "
            + "Contact us if you think this is a mistake.";
    static final Duration STOREFRONT_SEES_CHANGE = Duration.ofSeconds(15);

    private Browser browser;
    private SampleSite site;

    @BeforeEach
    void comeFromTheTestNetwork(Browser browser, SampleSite site) throws SQLException {
        this.browser = browser;
        this.site = site;
        deleteTestRange();
        forwardedFor(CLIENT_IP);
    }

    @AfterEach
    void removeTheBlock() throws SQLException {
        deleteTestRange();
        forwardedFor(null);
    }

    @Test
    void aBlockAddedInTheAdminStopsRegistrationAndLoginUntilItIsDeleted() throws Exception {
        StorefrontShopper existing = new StorefrontShopper(browser, site, Unique.email("ipblock-existing"), "secret123")
                .register("Ina", "Existing").logOut();
        String newEmail = Unique.email("ipblock-new");

        new AdminConsole(browser, site).logIn();
        AdminSection.AddDialog dialog = AdminSection.open(browser, site, AdminSection.BLOCKED_IPS)
                .add(ADDRESS, "198.51.100.300", REASON, "BT spam wave");
        assertEquals(Optional.empty(), dialog.save(), "an invalid address is refused");
        assertTrue(dialog.fieldError(ADDRESS).orElse("").startsWith("Not an IP address or CIDR range"),
                "field error: " + dialog.fieldError(ADDRESS));
        dialog.type(ADDRESS, TYPED_RANGE);
        long blockId = dialog.save().orElseThrow(() -> new AssertionError("the corrected range was not saved"));

        Map<String, String> row = AdminSection.open(browser, site, AdminSection.BLOCKED_IPS).row(ADDRESS, SHOWN_RANGE)
                .orElseThrow(() -> new AssertionError("the list does not show " + SHOWN_RANGE));
        assertAll("list row",
                () -> assertEquals("BT spam wave", row.get("reason")),
                () -> assertEquals(AdminConsole.USERNAME, row.get("createdBy")),
                () -> assertFalse(row.get("dateCreated").isEmpty(), "date shown"));
        Screenshots.save(browser, "admin-blocked-ips");
        awaitStorefront(true);

        assertEquals(MESSAGE, attemptRegistration(newEmail), "registration refused with the message");
        assertEquals(0, customersWithEmail(newEmail), "no account created");
        assertEquals(MESSAGE, attemptLogin(existing.email(), "secret123"), "login refused with the message");
        assertTrue(browser.findAll(By.id("logout-link")).isEmpty(), "not signed in");

        AdminSection.delete(browser, site, AdminSection.BLOCKED_IPS, blockId);
        assertEquals(Optional.empty(), AdminSection.open(browser, site, AdminSection.BLOCKED_IPS)
                .row(ADDRESS, SHOWN_RANGE), "block deleted");
        awaitStorefront(false);

        assertTrue(existing.logIn("secret123"), "login works again");
        existing.logOut();
        new StorefrontShopper(browser, site, newEmail, "secret123").register("Nora", "New");
        assertEquals(1, customersWithEmail(newEmail), "registration works again");
    }

    /** Submits the real registration form; @return the refusal message shown, or "" when it went through */
    private String attemptRegistration(String email) {
        // signed out of the storefront already; cookies stay, they hold the admin's session too
        browser.open(site.storefront("register"));
        browser.waitVisible(By.name("customer.firstName")).sendKeys("Blocked");
        browser.find(By.name("customer.lastName")).sendKeys("Shopper");
        browser.find(By.name("customer.emailAddress")).sendKeys(email);
        browser.find(By.name("password")).sendKeys("secret123");
        WebElement confirm = browser.find(By.name("passwordConfirm"));
        confirm.sendKeys("secret123");
        browser.andWaitForNewPage(confirm::submit);
        return refusal();
    }

    private String attemptLogin(String email, String password) {
        browser.open(site.storefront("login"));
        browser.waitVisible(By.name("j_username")).sendKeys(email);
        WebElement field = browser.find(By.name("j_password"));
        field.sendKeys(password);
        browser.andWaitForNewPage(field::submit);
        return refusal();
    }

    private String refusal() {
        return browser.findAll(By.id("network-blocked")).stream().map(e -> e.getText().trim()).findFirst().orElse("");
    }

    /** Sets (or with null removes) the X-Forwarded-For header of every request the browser sends. */
    private void forwardedFor(String ip) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", ip == null ? Map.of() : Map.of("X-Forwarded-For", ip)));
    }

    /**
     * Waits until the storefront, which checks the blocks' version every {@code custmgr.cluster.versionCheckSeconds} (1
     * in the sample), answers a sign-in POST from the test network as blocked (or not): a POST without credentials or CSRF
     * token, which changes nothing either way.
     */
    private void awaitStorefront(boolean blocked) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(site.storefront("login_post.htm")))
                .header("X-Forwarded-For", CLIENT_IP).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build();
        long deadline = System.nanoTime() + STOREFRONT_SEES_CHANGE.toNanos();
        while (true) {
            HttpResponse<Void> response = http.send(probe, HttpResponse.BodyHandlers.discarding());
            boolean refused = response.headers().firstValue("Location").orElse("").contains("blocked=true");
            if (refused == blocked) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the storefront did not see the block " + (blocked ? "added" : "deleted")
                        + " within " + STOREFRONT_SEES_CHANGE);
            }
            Thread.sleep(200);
        }
    }

    private static long customersWithEmail(String email) throws SQLException {
        try (SampleDatabase db = SampleDatabase.open()) {
            return db.queryLong("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE LOWER(EMAIL_ADDRESS) = LOWER(?)", email);
        }
    }

    private static void deleteTestRange() throws SQLException {
        try (Connection connection = SampleDatabase.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM CM_BLOCKED_IP WHERE ADDRESS = ?")) {
            delete.setString(1, SHOWN_RANGE);
            delete.executeUpdate();
        }
    }
}
