package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A buyer orders as a guest, later registers with the same e-mail, and gets the guest order into the new account only
 * by following the link mailed to that address (the sample's outbox page stands in for the mailbox).
 */
@BrowserTest
class GuestClaimBrowserIT {

    @Test
    void registeringWithAGuestsEmailAndFollowingTheMailedLinkClaimsTheOrder(Browser browser, SampleSite site) {
        String email = Unique.email("claim");
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, email, "Buyer");

        new StorefrontShopper(browser, site, email, "Secret123").register("Claire", "Buyer");
        browser.open(site.storefront("account"));
        assertFalse(ordersOnAccountPage(browser).contains(orderNumber), "not before the e-mail is confirmed");

        Outbox.follow(browser, site, email, "/account/guest-orders/claim");

        assertTrue(browser.currentUrl().endsWith("/account"), browser.currentUrl());
        assertTrue(browser.find(By.id("guest-claim")).getText().contains("1 earlier order"));
        assertTrue(ordersOnAccountPage(browser).contains(orderNumber), "the guest order is in the account");

        Outbox.follow(browser, site, email, "/account/guest-orders/claim");
        assertTrue(browser.find(By.id("guest-claim-error")).getText().contains("already used"));
    }

    @Test
    void anAccountTheMerchantCreatesWithAGuestsEmailIsOfferedTheOrdersByMailAndAudited(Browser browser,
            SampleSite site) {
        String email = Unique.email("adminclaim");
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, email, "Buyer");

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long accountId = admin.addCustomer(email, "Adam", "Admin-Made").id();

        browser.open(site.storefront("dev/outbox"));
        WebElement mail = browser.findAll(By.cssSelector("article.mail")).stream()
                .filter(m -> m.findElement(By.cssSelector(".mail-to")).getText().equals(email))
                .filter(m -> m.findElement(By.cssSelector("a.mail-link")).getText().contains("earlier orders"))
                .findFirst().orElseThrow(() -> new AssertionError("no claim mail to " + email));
        String claimLink = mail.findElement(By.cssSelector("a.mail-link")).getDomAttribute("href");
        assertTrue(claimLink.contains("/account/guest-orders/claim?token="), claimLink);

        // The account sets its password first (Broadleaf's reset), then follows the claim link signed in.
        String password = "Secret123";
        AdminCustomerForm form = admin.logIn().customer(accountId);
        form.tick("cmUpdatePassword", true);
        form.typeText("cmNewPassword", password);
        form.typeText("cmNewPasswordConfirm", password);
        form.save();
        new StorefrontShopper(browser, site, email, password).logIn();
        browser.open(claimLink);
        assertTrue(ordersOnAccountPage(browser).contains(orderNumber), "the guest order is in the account");

        List<Map<String, String>> audit = AdminCustomerAccountBrowserIT.auditRows(browser, site, accountId);
        assertTrue(audit.stream().anyMatch(row -> row.get("action").equals("Guest orders claimed")), audit.toString());
        assertTrue(audit.stream().anyMatch(row -> row.get("action").equals("Customer created")
                && row.get("actor").equals(AdminConsole.USERNAME)), audit.toString());
    }

    private static List<String> ordersOnAccountPage(Browser browser) {
        return browser.findAll(By.cssSelector("tr.order td:first-child")).stream().map(WebElement::getText)
                .map(String::trim).collect(Collectors.toList());
    }
}
