package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper opens an order from the account page's history and sees what was bought, where it goes and how it was
 * paid; someone else's order number answers "not found", also on Broadleaf's own order controller; a guest opens the order from the confirmation mail's link,
 * which stops working when tampered with.
 */
@BrowserTest
class StorefrontOrderDetailBrowserIT {

    @Test
    void aShopperOpensAnOrderFromTheHistoryAndAnotherShopperCannot(Browser browser, SampleSite site) {
        StorefrontShopper buyer = new StorefrontShopper(browser, site, Unique.email("order-page"), "secret123")
                .register("Olga", "Orders");
        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, buyer.email(), "Orders");

        browser.open(site.storefront("account"));
        WebElement link = browser.findAll(By.cssSelector("a.order-link")).stream()
                .filter(a -> a.getText().trim().equals(orderNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("the order is not in the history"));
        browser.andWaitForNewPage(link::click);

        assertEquals("Order " + orderNumber, browser.find(By.id("order-heading")).getText().trim());
        assertEquals("Submitted", browser.find(By.id("order-status")).getText().trim());
        assertEquals("Paid", browser.find(By.id("order-payment-status")).getText().trim());
        List<String> items = texts(browser, "tr.order-line .line-name");
        assertEquals(List.of("Green Ghost"), items);
        assertEquals("1", browser.find(By.cssSelector("tr.order-line .line-quantity")).getText().trim());
        assertTrue(browser.find(By.id("order-total")).getText().contains("9.99"), "the total as paid");
        assertEquals(List.of("Gus Orders", "1 Main Street", "Springfield, 12345", "United States"),
                lines(browser, "address.shipping-address"), "the order's own copy of the address");
        assertEquals("Collect On Delivery", browser.find(By.cssSelector(".order-payment .payment-type")).getText().trim());
        Screenshots.save(browser, "storefront-order-detail");

        String orderUrl = browser.currentUrl();
        String broadleafOrderUrl = site.storefront("account/broadleaf-orders/" + orderNumber);
        browser.open(broadleafOrderUrl);
        assertEquals("Order " + orderNumber, browser.find(By.id("broadleaf-order-heading")).getText().trim(),
                "Broadleaf's own order controller shows the owner's order");
        buyer.logOut();
        new StorefrontShopper(browser, site, Unique.email("order-snoop"), "secret123").register("Sam", "Snoop");
        browser.open(orderUrl);
        assertEquals("Not found", browser.find(By.tagName("h1")).getText().trim(),
                "another shopper's order is not found, not forbidden");
        assertTrue(browser.findAll(By.id("order-heading")).isEmpty());
        browser.open(broadleafOrderUrl);
        assertEquals("Not found", browser.find(By.tagName("h1")).getText().trim(),
                "Broadleaf's own order controller, guarded by the module, does not show it either");
        browser.open(site.storefront("account/orders/" + orderNumber.substring(0, orderNumber.length() - 1)));
        assertEquals("Not found", browser.find(By.tagName("h1")).getText().trim());
    }

    @Test
    void aGuestOpensTheOrderFromTheConfirmationMailAndATamperedLinkShowsNothing(Browser browser, SampleSite site) {
        String email = Unique.email("guest-order-link");
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, email, "<b>Guest</b>");
        browser.driver().manage().deleteAllCookies();

        browser.open(site.storefront("dev/outbox"));
        WebElement mail = browser.findAll(By.cssSelector("article.mail")).stream()
                .filter(m -> m.findElement(By.cssSelector(".mail-to")).getText().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no confirmation mail to " + email));
        assertEquals("Your order " + orderNumber, mail.findElement(By.tagName("h2")).getText().trim());
        String link = mail.findElement(By.cssSelector("a.mail-link")).getAttribute("href");
        assertTrue(link.contains("/orders/view?token="), link);

        browser.open(link);
        assertEquals("Order " + orderNumber, browser.find(By.id("order-heading")).getText().trim());
        assertEquals("Gus <b>Guest</b>", lines(browser, "address.shipping-address").get(0), "markup shown as text");
        assertTrue(browser.findAll(By.cssSelector("address b")).isEmpty());
        assertTrue(browser.findAll(By.id("back-to-account")).isEmpty(), "a guest has no account page");
        browser.open(link);
        assertEquals("Order " + orderNumber, browser.find(By.id("order-heading")).getText().trim(),
                "the link opens the order again");

        String tampered = link.substring(0, link.length() - 1) + (link.endsWith("0") ? "1" : "0");
        browser.open(tampered);
        assertTrue(browser.find(By.id("order-link-error")).getText().contains("not valid"));
        assertTrue(browser.findAll(By.id("order-heading")).isEmpty(), "nothing of the order is shown");
        assertFalse(browser.driver().getPageSource().contains(orderNumber));
        browser.open(site.storefront("orders/view"));
        assertTrue(browser.find(By.id("order-link-error")).getText().contains("not valid"));
        assertNull(browser.script("return window.pwned;"));
    }

    private static List<String> texts(Browser browser, String selector) {
        return browser.findAll(By.cssSelector(selector)).stream().map(e -> e.getText().trim())
                .collect(Collectors.toList());
    }

    private static List<String> lines(Browser browser, String addressSelector) {
        return texts(browser, addressSelector + " span");
    }
}
