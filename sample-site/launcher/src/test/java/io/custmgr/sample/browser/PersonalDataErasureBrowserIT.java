package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper asks on the storefront for the account to be deleted (password re-entered), the merchant confirms the
 * request under Customer Care, the session the shopper left open ends, the shopper can no longer sign in, and the
 * order stays in the admin with its total; the customer form's "Erase personal data…" page names the customer and is
 * refused for an erased one.
 */
@BrowserTest
class PersonalDataErasureBrowserIT {

    @Test
    void theShopperRequestsErasureTheMerchantConfirmsAndTheOrderKeepsItsTotal(Browser browser, SampleSite site)
            throws Exception {
        String email = Unique.email("erase-me");
        StorefrontShopper shopper = new StorefrontShopper(browser, site, email, "erase123").register("Erin",
                "Erasmus");
        long customerId;
        long orderId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = idOf(email);
            orderId = db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customerId, "ORDER_STATUS", "SUBMITTED",
                    "ORDER_NUMBER", "ER-" + Unique.token(), "EMAIL_ADDRESS", email, "SUBMIT_DATE",
                    SampleDatabase.hoursAgo(5), "ORDER_TOTAL", new BigDecimal("42.50"));
            db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", orderId, "NAME", "Teapot", "QUANTITY", 1,
                    "PRICE", new BigDecimal("42.50"));
        }

        browser.open(site.storefront("account"));
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("delete-account-link")).click());
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("delete-account-submit")).click());
        assertTrue(browser.find(By.id("delete-password-error")).isDisplayed(), "the password is asked for");
        browser.find(By.id("delete-password")).sendKeys("erase123");
        browser.andWaitForNewPage(() -> browser.find(By.id("delete-account-submit")).click());
        assertTrue(browser.find(By.id("delete-requested")).isDisplayed());
        assertTrue(browser.find(By.id("delete-pending")).isDisplayed(), "the request waits for the merchant");
        Screenshots.save(browser, "storefront-delete-account");
        String openSession = shopper.sessionCookie(); // the shopper stays signed in in another tab

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        browser.open(site.admin("erasure-requests"));
        By row = By.cssSelector("#custmgr-erasure-request-list tr[data-customer='" + customerId + "']");
        assertTrue(browser.find(row).getText().contains(email), browser.find(row).getText());
        Screenshots.save(browser, "admin-erasure-requests");
        browser.andWaitForNewPage(() -> browser.find(row).findElement(By.cssSelector("button.custmgr-erasure-confirm"))
                .click());
        assertTrue(browser.find(By.id("custmgr-erasure-erased")).getText().contains(email),
                "the confirmation names the customer");
        assertTrue(browser.findAll(row).isEmpty(), "no longer pending");

        browser.open(site.storefront("login"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", openSession, "/"));
        browser.open(site.storefront("account"));
        assertTrue(browser.currentUrl().contains("/login"), "the session left open has ended: " + browser.currentUrl());
        assertFalse(shopper.logIn("erase123"), "the erased customer cannot sign in");
        assertEquals("erased-" + customerId + "@erased.custmgr.invalid",
                CustomerMergeBrowserIT.column(customerId, "EMAIL_ADDRESS"));

        admin.logIn();
        browser.open(site.admin("order/" + orderId));
        browser.waitVisible(By.cssSelector("form.entity-form"));
        String order = browser.find(By.tagName("body")).getText();
        assertTrue(order.contains("42.50"), "the order keeps its total");
        assertFalse(order.contains(email), "the order holds no e-mail of the customer");

        browser.open(site.admin("customer/" + customerId + "/erase"));
        assertTrue(browser.find(By.id("custmgr-erase-error")).getText().contains("already erased"),
                browser.find(By.id("custmgr-erase-error")).getText());
    }

    @Test
    void theMerchantErasesFromTheCustomerForm(Browser browser, SampleSite site) throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String email = Unique.email("erase-form");
        long customerId = admin.addCustomer(email, "Fiona", "<i>Form</i>").id();

        admin.customer(customerId);
        browser.andWaitForNewPage(() -> browser.waitVisible(By.cssSelector("button.custmgr-erase-customer")).click());
        assertTrue(browser.find(By.id("custmgr-erase-subject")).getText().contains("<i>Form</i>"),
                "the confirmation names the customer, as text");
        assertTrue(browser.find(By.id("custmgr-erase-kept")).getText().startsWith("0 "),
                browser.find(By.id("custmgr-erase-kept")).getText());
        Screenshots.save(browser, "admin-erase-confirm");
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-erase-submit")).click());

        assertTrue(browser.find(By.id("custmgr-erase-result")).getText().contains(email));
        assertEquals(null, CustomerMergeBrowserIT.column(customerId, "LAST_NAME"));
        admin.customer(customerId);
        assertTrue(browser.findAll(By.cssSelector("button.custmgr-erase-customer")).isEmpty(),
                "nothing left to erase");
    }

    private static long idOf(String email) throws SQLException {
        try (Connection c = SampleDatabase.connect();
             PreparedStatement ps = c.prepareStatement("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no customer " + email);
                return rs.getLong(1);
            }
        }
    }
}
