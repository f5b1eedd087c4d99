package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper without an account buys on the sample storefront; bad e-mail addresses are refused on the form without
 * losing the cart; the order's guest profile is then found in the admin, marked as a guest, and cannot sign in.
 */
@BrowserTest
class GuestCheckoutBrowserIT {

    @Test
    void aGuestCheckoutCreatesAGuestProfileTheMerchantFinds(Browser browser, SampleSite site) {
        startCheckout(browser, site);

        fill(browser, "not-an-email", "Gus", "Guest", "1 Main Street", "Springfield", "12345");
        assertEquals("Enter an e-mail address like name@example.com", fieldError(browser, "email"));
        assertTrue(browser.currentUrl().endsWith("/checkout"), "still on the checkout page");
        fill(browser, "x".repeat(250) + "@example.com", "Gus", "Guest", "1 Main Street", "Springfield", "12345");
        assertEquals("An e-mail address has at most 255 characters", fieldError(browser, "email"));

        String email = Unique.email("guest-checkout");
        String orderNumber = placeOrder(browser, email, "<b>Guest</b>");
        assertEquals(email, browser.find(By.id("order-email")).getText().trim());

        StorefrontShopper guest = new StorefrontShopper(browser, site, email, "anything1");
        assertFalse(guest.logIn("anything1"), "the checkout e-mail is no account");

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer") + "?guestProfile.guest=false&guestProfile.contactEmail=" + email);
        assertTrue(browser.findAll(By.cssSelector("tr[data-link]")).isEmpty(), "not among registered customers");
        browser.open(site.admin("customer") + "?guestProfile.guest=true&guestProfile.contactEmail=" + email);
        assertEquals(1, browser.findAll(By.cssSelector("tr[data-link]")).size(), "found among guests");
        browser.open(site.admin("customer") + "?guestProfile.contactEmail=" + email);
        List<WebElement> rows = browser.findAll(By.cssSelector("tr[data-link]"));
        assertEquals(1, rows.size(), "one guest profile for the e-mail");
        WebElement guestCell = rows.get(0).findElement(By.cssSelector("td[data-fieldname='guestProfile.guest']"));
        assertEquals("true", guestCell.getAttribute("data-fieldvalue"), "marked as a guest in the list");
        assertEquals("Guest", guestCell.getText().trim(), "in words");
        browser.andWaitForNewPage(() -> rows.get(0).findElement(By.cssSelector("a[href]")).click());
        AdminForm form = new AdminForm(browser, By.cssSelector("form.entity-form"));
        assertEquals("<b>Guest</b>", form.value("lastName"), "a typed name is kept as text");
        for (String accountField : new String[] {"emailAddress", "registered", "deactivated"}) {
            assertTrue(form.controls(accountField).stream().allMatch(c -> "hidden".equals(c.getAttribute("type"))),
                    accountField + " is read-only for a guest");
        }
        assertTrue(browser.find(By.tagName("body")).getText().contains(email));

        List<String> details = browser.until(driver -> {
            driver.navigate().refresh();
            List<String> texts = driver.findElements(By.cssSelector("#cmActivityLog td[data-fieldname=detail]"))
                    .stream().map(cell -> cell.getAttribute("textContent").trim()).collect(Collectors.toList());
            return texts.contains("Order " + orderNumber) ? texts : null;
        });
        assertTrue(details.contains("Order " + orderNumber), "the guest's order: " + details);
    }

    /** From the checkout page: fills in a valid address and places the order; @return the order number */
    static String placeOrder(Browser browser, String email, String lastName) {
        fill(browser, email, "Gus", lastName, "1 Main Street", "Springfield", "12345");
        assertTrue(browser.currentUrl().contains("/confirmation/"), "order placed: " + browser.currentUrl());
        return browser.find(By.id("order-number")).getText().trim();
    }

    /** From a fresh session: one item into the cart, then on to the checkout page. */
    static void startCheckout(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        addToCartAndCheckout(browser, site);
    }

    /** In the current session (signed in or not): one item into the cart, then on to the checkout page. */
    static void addToCartAndCheckout(Browser browser, SampleSite site) {
        browser.open(site.storefront("hot-sauces/green-ghost"));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#add-to-cart button[type=submit]")).click());
        browser.open(site.storefront("cart"));
        browser.andWaitForNewPage(() -> browser.find(By.id("checkout-link")).click());
    }

    static void fill(Browser browser, String email, String firstName, String lastName, String line1,
            String city, String postalCode) {
        type(browser, "email", email);
        type(browser, "firstName", firstName);
        type(browser, "lastName", lastName);
        type(browser, "addressLine1", line1);
        type(browser, "city", city);
        type(browser, "postalCode", postalCode);
        browser.andWaitForNewPage(() -> browser.find(By.id("place-order")).click());
    }

    private static void type(Browser browser, String name, String text) {
        WebElement field = browser.waitVisible(By.name(name));
        if (field.getAttribute("readonly") != null) {
            return; // a signed-in shopper's e-mail is the account's
        }
        field.clear();
        // a script sets long values at once: typing 260 characters one by one is slow and proves nothing more
        browser.script("arguments[0].value = arguments[1];", field, text);
    }

    private static String fieldError(Browser browser, String name) {
        return browser.find(By.name(name)).findElement(By.xpath("following-sibling::span[@class='field-error']"))
                .getText().trim();
    }
}
