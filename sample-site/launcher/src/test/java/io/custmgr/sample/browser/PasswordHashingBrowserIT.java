package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passwords are stored with bcrypt (cost 10); accounts still holding the sample's former hash (SHA-256 iterated 1024
 * times, salted by the account's id) sign in and hold a bcrypt hash afterwards, on the storefront and in the admin.
 */
@BrowserTest
class PasswordHashingBrowserIT {

    private static final String BCRYPT_COST_10 = "$2a$10$";

    @Test
    void aShopperWithTheFormerHashSignsInAndThenHoldsABcryptHash(Browser browser, SampleSite site)
            throws SQLException {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("pw-legacy"), "Secret123")
                .register("Leo", "Legacy").logOut();
        long id = customerId(shopper.email());
        String legacy = sha256x1024("Secret123", id);
        setPassword("UPDATE BLC_CUSTOMER SET PASSWORD = ? WHERE CUSTOMER_ID = ?", legacy, id);

        assertFalse(shopper.logIn("Secret1234"), "a wrong password is still refused");
        assertEquals(legacy, customerPassword(id), "and changes nothing");

        assertTrue(shopper.logIn("Secret123"), "the former hash signs in: " + browser.currentUrl());
        String upgraded = customerPassword(id);
        assertTrue(upgraded.startsWith(BCRYPT_COST_10) && upgraded.length() == 60, "now bcrypt");

        shopper.logOut();
        assertTrue(shopper.logIn("Secret123"), "the new hash signs in");
        assertEquals(upgraded, customerPassword(id));
    }

    @Test
    void theDemoShopperSignsInWithItsSeededBcryptHash(Browser browser, SampleSite site) throws SQLException {
        StorefrontShopper demo = new StorefrontShopper(browser, site, "demo@example.com", "demo1234");
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();

        assertTrue(demo.logIn("demo1234"), "README's storefront login: " + browser.currentUrl());
        assertTrue(customerPassword(customerId("demo@example.com")).startsWith(BCRYPT_COST_10));
    }

    @Test
    void anAdminUserWithTheFormerHashSignsInAndThenHoldsABcryptHash(Browser browser, SampleSite site)
            throws SQLException {
        String login = "bt-legacy-" + Unique.token();
        long id;
        // straight into the tables: an admin user the admin never loaded, as after an upgrade of the site
        try (SampleDatabase db = SampleDatabase.open()) {
            id = db.insert("BLC_ADMIN_USER", "ADMIN_USER_ID", "LOGIN", login, "NAME", "Legacy Admin",
                    "EMAIL", login + "@example.com", "ACTIVE_STATUS_FLAG", true, "PASSWORD", "");
            db.insertRow("BLC_ADMIN_USER_ROLE_XREF", "ADMIN_USER_ID", id, "ADMIN_ROLE_ID",
                    db.queryLong("SELECT ADMIN_ROLE_ID FROM BLC_ADMIN_ROLE WHERE NAME = 'ROLE_ADMIN'"));
        }
        String legacy = sha256x1024("Legacy-admin-1", id);
        setPassword("UPDATE BLC_ADMIN_USER SET PASSWORD = ? WHERE ADMIN_USER_ID = ?", legacy, id);

        new AdminConsole(browser, site).logIn(login, "Legacy-admin-1");
        String upgraded = adminPassword(id);
        assertTrue(upgraded.startsWith(BCRYPT_COST_10) && upgraded.length() == 60, "now bcrypt");
        new AdminConsole(browser, site).logIn(login, "Legacy-admin-1");

        new AdminConsole(browser, site).logIn(); // README's admin login
        assertTrue(adminPassword(id("SELECT ADMIN_USER_ID FROM BLC_ADMIN_USER WHERE LOGIN = ?", AdminConsole.USERNAME))
                .startsWith(BCRYPT_COST_10));
    }

    /** The sample's former encoder, written out: Spring's ShaPasswordEncoder(256), 1024 iterations, salt "{id}". */
    static String sha256x1024(String password, long salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((password + "{" + salt + "}").getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i < 1024; i++) {
                digest = sha.digest(digest);
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long customerId(String username) throws SQLException {
        return id("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE USER_NAME = ?", username);
    }

    private static String customerPassword(long id) throws SQLException {
        return text("SELECT PASSWORD FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
    }

    private static String adminPassword(long id) throws SQLException {
        return text("SELECT PASSWORD FROM BLC_ADMIN_USER WHERE ADMIN_USER_ID = ?", id);
    }

    private static long id(String sql, Object key) throws SQLException {
        return Long.parseLong(text(sql, key));
    }

    private static String text(String sql, Object key) throws SQLException {
        try (Connection db = SampleDatabase.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "no row for " + key);
                return rows.getString(1);
            }
        }
    }

    private static void setPassword(String sql, String hash, long id) throws SQLException {
        try (Connection db = SampleDatabase.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, hash);
            statement.setLong(2, id);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
