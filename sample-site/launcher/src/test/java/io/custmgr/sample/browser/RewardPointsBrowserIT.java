package io.custmgr.sample.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The merchant adds points on the customer's reward points page (bad input refused at its field), the shopper sees
 * them on My account → Reward points, redeems some at checkout (too many refused at the field, the cart kept), the
 * confirmation shows the points' part of the total, and the customer form's Reward points tab shows the ledger with
 * the adjustment and the redemption.
 */
@BrowserTest
class RewardPointsBrowserIT {

    @Test
    void theShopperRedeemsPointsTheMerchantAddedAndTheTabShowsTheLedger(Browser browser, SampleSite site) {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("points"), "points1234")
                .register("Pat", "Points");
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());

        browser.open(site.admin("customer/" + customerId + "/reward-points"));
        adjust(browser, "1.5", "half a point");
        assertEquals("Enter a whole number of points, such as 50 or -20.",
                browser.find(By.id("custmgr-points-change-error")).getText().trim());
        adjust(browser, "-10", "more than there is");
        assertEquals("The customer does not have that many active points.",
                browser.find(By.id("custmgr-points-change-error")).getText().trim());
        adjust(browser, "600", "<b>Welcome</b> bonus");
        assertEquals("600", browser.find(By.id("custmgr-points-active")).getText().trim());

        shopper.logIn();
        browser.open(site.storefront("account/reward-points"));
        assertEquals("600", browser.find(By.id("points-active")).getText().trim());
        assertEquals("Adjusted: <b>Welcome</b> bonus", browser.find(By.cssSelector(".points-reason")).getText().trim(),
                "the merchant's reason as text");

        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        assertTrue(browser.find(By.id("reward-points-balance")).getText().contains("600"));
        redeem(browser, "601");
        assertEquals("You do not have that many points to spend.",
                browser.find(By.id("reward-points-error")).getText().trim());
        redeem(browser, "100");
        assertTrue(browser.currentUrl().contains("/confirmation/"), "order placed: " + browser.currentUrl());
        assertEquals("-1.00 (100)", browser.find(By.id("order-points-discount")).getText().trim());
        String total = browser.find(By.id("order-total")).getText().trim();
        String toPay = browser.find(By.id("order-to-pay")).getText().trim();
        assertEquals(new java.math.BigDecimal(total).subtract(java.math.BigDecimal.ONE),
                new java.math.BigDecimal(toPay), "the rest is paid on delivery");

        browser.open(site.storefront("account/reward-points"));
        assertEquals("500", browser.find(By.id("points-active")).getText().trim());

        admin.logIn();
        admin.customer(customerId);
        List<String> reasons = browser.findAll(By.cssSelector("#cmRewardPoints td[data-fieldname=reason]")).stream()
                .map(cell -> cell.getAttribute("textContent").trim()).collect(Collectors.toList());
        assertTrue(reasons.contains("Spent on an order"), "the redemption: " + reasons);
        assertTrue(reasons.contains("Adjusted: <b>Welcome</b> bonus"), "the adjustment: " + reasons);
        assertTrue(browser.findAll(By.cssSelector("#cmRewardPoints b")).isEmpty(), "typed markup stays text");
    }

    private static void adjust(Browser browser, String points, String note) {
        WebElement change = browser.waitVisible(By.id("custmgr-points-change"));
        change.clear();
        change.sendKeys(points);
        WebElement reason = browser.find(By.id("custmgr-points-note"));
        reason.clear();
        reason.sendKeys(note);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-points-submit")).click());
    }

    private static void redeem(Browser browser, String points) {
        WebElement field = browser.waitVisible(By.name("rewardPoints"));
        field.clear();
        field.sendKeys(points);
        GuestCheckoutBrowserIT.fill(browser, "ignored@example.com", "Pat", "Points", "1 Main Street", "Springfield",
                "12345");
    }
}
