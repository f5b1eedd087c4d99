package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail is the login whatever its case, through the sample's registration, Broadleaf's sign-in and its forgot /
 * reset password flow (the sample's outbox page stands in for the mailbox).
 */
@BrowserTest
class StorefrontLoginCaseBrowserIT {

    private static final String PASSWORD = "Secret123";

    @Test
    void registeringACaseVariantOfAnExistingAddressIsAFieldErrorAndSavesNothing(Browser browser, SampleSite site)
            throws SQLException {
        String email = Unique.email("case-reg");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Rita", "First").logOut();

        browser.open(site.storefront("register"));
        browser.waitVisible(By.name("customer.firstName")).sendKeys("Rick");
        browser.find(By.name("customer.lastName")).sendKeys("Second");
        browser.find(By.name("customer.emailAddress")).sendKeys(email.toUpperCase(Locale.ROOT));
        browser.find(By.name("password")).sendKeys(PASSWORD);
        WebElement confirm = browser.find(By.name("passwordConfirm"));
        confirm.sendKeys(PASSWORD);
        browser.andWaitForNewPage(confirm::submit);

        assertTrue(browser.currentUrl().contains("/register"), browser.currentUrl());
        assertTrue(pageText(browser).contains("An account with this e-mail address already exists"),
                "field error shown: " + pageText(browser));
        assertEquals(1, accountsWith(email));
    }

    @Test
    void aShopperSignsInWithTheAddressInAnyCase(Browser browser, SampleSite site) {
        String email = Unique.email("case-login");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Lou", "Login").logOut();

        StorefrontShopper typedDifferently = new StorefrontShopper(browser, site,
                email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1).toUpperCase(Locale.ROOT), PASSWORD);

        assertTrue(typedDifferently.logIn(PASSWORD), "signed in: " + browser.currentUrl());
        browser.open(site.storefront("account/profile"));
        assertEquals(email, browser.find(By.id("current-email")).getText(), "the account as registered");
        typedDifferently.logOut();
        assertFalse(typedDifferently.logIn("Wrong123"), "the password is still checked");
    }

    @Test
    void forgotPasswordFindsTheAccountInAnyCaseAndTheResetSignsIn(Browser browser, SampleSite site) {
        String email = Unique.email("case-forgot");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Fay", "Forgot").logOut();

        browser.open(site.storefront("login"));
        browser.andWaitForNewPage(() -> browser.find(By.id("forgot-password")).click());
        browser.waitVisible(By.name("username")).sendKeys(" " + email.toUpperCase(Locale.ROOT));
        browser.andWaitForNewPage(() -> browser.find(By.id("forgot-submit")).click());
        assertTrue(browser.find(By.id("forgot-sent")).isDisplayed());

        Outbox.follow(browser, site, email, "/login/resetPassword");
        WebElement username = browser.waitVisible(By.name("username"));
        username.clear(); // Broadleaf fills in what this session typed on the forgot-password page
        username.sendKeys(email.toUpperCase(Locale.ROOT));
        browser.find(By.name("password")).sendKeys("Renewed123");
        browser.find(By.name("passwordConfirm")).sendKeys("Renewed123");
        browser.andWaitForNewPage(() -> browser.find(By.id("reset-submit")).click());
        assertTrue(browser.findAll(By.id("reset-form")).isEmpty(), "password set: " + pageText(browser));

        browser.driver().manage().deleteAllCookies();
        assertTrue(new StorefrontShopper(browser, site, email, "Renewed123").logIn("Renewed123"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAsAKnownOne(Browser browser, SampleSite site) {
        browser.open(site.storefront("login/forgotPassword"));
        browser.waitVisible(By.name("username")).sendKeys(Unique.email("nobody"));
        browser.andWaitForNewPage(() -> browser.find(By.id("forgot-submit")).click());

        assertTrue(browser.find(By.id("forgot-sent")).isDisplayed(), "nobody learns who shops here");
    }

    @Test
    void anAddressTwoOldAccountsShareIsRefusedWithAClearMessage(Browser browser, SampleSite site)
            throws SQLException {
        String email = Unique.email("case-shared");
        String other = Unique.email("case-shared-other");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Sam", "Shared").logOut();
        new StorefrontShopper(browser, site, other, PASSWORD).register("Sid", "Shared").logOut();
        // as a store's data from before the module: the second account holds the first one's address in other case
        try (Connection db = SampleDatabase.connect()) {
            update(db, "UPDATE BLC_CUSTOMER SET USER_NAME = ?, EMAIL_ADDRESS = ? WHERE USER_NAME = ?",
                    email.toUpperCase(Locale.ROOT), email.toUpperCase(Locale.ROOT), other);
            update(db, "DELETE FROM CM_LOGIN_KEY WHERE LOGIN_KEY = ?", other);
            update(db, "UPDATE CM_LOGIN_KEY SET CUSTOMER_ID = NULL WHERE LOGIN_KEY = ?", email);
        }

        assertFalse(new StorefrontShopper(browser, site, email, PASSWORD).logIn(PASSWORD));
        assertTrue(browser.find(By.id("login-error")).getText().contains("More than one account"),
                browser.find(By.id("login-error")).getText());
    }

    private static String pageText(Browser browser) {
        return browser.find(By.tagName("body")).getText();
    }

    private static void update(Connection db, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static int accountsWith(String email) throws SQLException {
        try (Connection db = SampleDatabase.connect();
                PreparedStatement statement = db.prepareStatement(
                        "SELECT COUNT(*) FROM BLC_CUSTOMER WHERE LOWER(EMAIL_ADDRESS) = ?")) {
            statement.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
