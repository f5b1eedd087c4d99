package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample asks new accounts to confirm their e-mail before they order (custmgr.registration.confirmation=checkout):
 * the shopper is told on the account and checkout pages, cannot place the order, asks for the link again, follows it
 * and then orders; the merchant sees the confirmation on the customer form. A customer the merchant adds gets a
 * set-password link, with which they sign in.
 */
@BrowserTest
class RegistrationConfirmationBrowserIT {

    @Test
    void aNewAccountConfirmsItsEmailBeforeItsFirstOrder(Browser browser, SampleSite site) throws SQLException {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("confirm"), "secret123")
                .registerUnconfirmed("Cora", "Confirm");
        browser.open(site.storefront("account"));
        assertTrue(browser.find(By.id("confirmation-pending")).isDisplayed());

        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        assertTrue(browser.find(By.id("confirmation-pending")).isDisplayed());
        assertFalse(browser.find(By.id("place-order")).isEnabled(), "no order before the e-mail is confirmed");
        Accessibility.storefront().check(browser);
        // a forged submit is refused too: the page comes back, no order
        browser.script("document.getElementById('place-order').disabled = false;");
        GuestCheckoutBrowserIT.fill(browser, shopper.email(), "Cora", "Confirm", "1 Main Street", "Springfield",
                "12345");
        assertTrue(browser.currentUrl().endsWith("/checkout"), browser.currentUrl());
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID ="
                    + " o.CUSTOMER_ID WHERE c.EMAIL_ADDRESS = ? AND o.ORDER_NUMBER IS NOT NULL", shopper.email()));
        }

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#resend-confirmation-form button")).click());
        assertTrue(browser.currentUrl().endsWith("/checkout"), browser.currentUrl());
        assertTrue(browser.find(By.id("confirmation-resent")).isDisplayed());

        shopper.confirmEmail();
        assertTrue(browser.find(By.id("registration-confirmed")).isDisplayed());
        browser.open(site.storefront("checkout"));
        assertTrue(browser.findAll(By.id("confirmation-pending")).isEmpty());
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, shopper.email(), "Confirm");
        assertFalse(orderNumber.isEmpty());

        // the link works once
        browser.open(Outbox.link(browser, site, shopper.email(), "/register/confirm"));
        assertTrue(browser.find(By.id("registration-confirm-error")).getText().contains("already used"));

        long customerId = new AdminConsole(browser, site).logIn().customerIdOf(shopper.email());
        AdminCustomerForm form = new AdminConsole(browser, site).customer(customerId);
        String note = browser.find(By.cssSelector(".custmgr-note[data-name=cmEmailConfirmation]")).getText();
        assertTrue(note.startsWith("Confirmed "), note);
        assertTrue(browser.findAll(By.cssSelector("button.custmgr-resend-confirmation")).isEmpty());
        assertEquals(customerId, form.id());
    }

    @Test
    void theMerchantResendsTheLinkOfAPendingAccount(Browser browser, SampleSite site) {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("resend"), "secret123")
                .registerUnconfirmed("Rene", "Resend");
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        admin.customer(admin.customerIdOf(shopper.email()));
        String note = browser.find(By.cssSelector(".custmgr-note[data-name=cmEmailConfirmation]")).getText();
        assertTrue(note.startsWith("Not confirmed yet"), note);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("button.custmgr-resend-confirmation")).click());
        // within a minute of the registration's own mail: nothing sent, and the page says why
        assertTrue(browser.find(By.id("custmgr-resend-result")).getText().contains("less than a minute"),
                browser.find(By.id("custmgr-resend-result")).getText());
        Accessibility.admin().check(browser);
    }

    @Test
    void aCustomerTheMerchantAddsIsMailedALinkToSetAPassword(Browser browser, SampleSite site) {
        String email = Unique.email("added");
        new AdminConsole(browser, site).logIn().addCustomer(email, "Addie", "Added");

        browser.driver().manage().deleteAllCookies();
        Outbox.follow(browser, site, email, "/login/resetPassword");
        browser.waitVisible(By.name("username")).clear();
        browser.find(By.name("username")).sendKeys(email);
        browser.find(By.name("password")).sendKeys("newSecret123");
        browser.find(By.name("passwordConfirm")).sendKeys("newSecret123");
        browser.andWaitForNewPage(() -> browser.find(By.id("reset-submit")).click());
        assertTrue(browser.findAll(By.id("reset-form")).isEmpty(), "password set");
        StorefrontShopper added = new StorefrontShopper(browser, site, email, "newSecret123");
        browser.driver().manage().deleteAllCookies();
        assertTrue(added.logIn("newSecret123"), "signs in with the password the link let them set");
    }
}
