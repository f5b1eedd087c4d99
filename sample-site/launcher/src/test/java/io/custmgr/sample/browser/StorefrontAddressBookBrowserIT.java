package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signed-in shopper keeps an address book on the account page: add, edit, defaults, bad input. */
@BrowserTest
class StorefrontAddressBookBrowserIT {

    private Browser browser;
    private SampleSite site;
    private StorefrontAddressBook book;

    @BeforeEach
    void signIn(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
        browser.driver().manage().deleteAllCookies();
        new StorefrontShopper(browser, site, Unique.email("book"), "secret123").register("Ann", "Lee");
        book = new StorefrontAddressBook(browser, site).open();
    }

    @Test
    void addEditAndChooseDefaults() {
        book.startAdding().fillAndSave(address("Home", "1 Main St", "Springfield", "62704", "US"));
        assertEquals(List.of("Ann Lee", "1 Main St", "Springfield, IL 62704", "United States"),
                book.lines("1 Main St"));
        assertTrue(book.hasBadge("1 Main St", "billing"), "the first address is the default billing address");
        assertTrue(book.hasBadge("1 Main St", "shipping"), "and the default shipping address");

        book.startAdding().fillAndSave(address("Office", "10 Downing Street", "London", "SW1A 2AA", "GB"));
        assertEquals(List.of("Ann Lee", "10 Downing Street", "London", "SW1A 2AA", "United Kingdom"),
                book.lines("Downing"));
        assertFalse(book.hasBadge("Downing", "billing"));

        book.press("Downing", "make-shipping");
        assertTrue(book.hasBadge("Downing", "shipping"));
        assertFalse(book.hasBadge("1 Main St", "shipping"));
        assertTrue(book.hasBadge("1 Main St", "billing"));
        Screenshots.save(browser, "storefront-address-book");

        book.toggleSameAsBilling();
        assertEquals("Shipping goes to your default billing address.", book.sameAsBillingState());
        assertTrue(book.hasBadge("1 Main St", "shipping"));
        assertFalse(book.hasBadge("Downing", "shipping"));

        book.startEditing("1 Main St").fillAndSave(Map.of("addressLine1", "2 Elm Road"));
        assertTrue(book.lines("2 Elm Road").contains("2 Elm Road"));
        assertTrue(book.hasBadge("2 Elm Road", "billing"), "editing keeps the defaults");

        book.press("2 Elm Road", "delete-address");
        assertEquals(1, book.entries().size());
        assertTrue(book.hasBadge("Downing", "billing"), "the remaining address takes over the defaults");
        assertTrue(book.hasBadge("Downing", "shipping"));
    }

    @Test
    void badInputShowsFieldErrorsAndMarkupStaysText() {
        Map<String, String> bad = address("", "", "x".repeat(256), "12345", "US");
        bad.put("postalCode", "1".repeat(256));
        book.startAdding().fillAndSave(bad);
        assertTrue(book.onForm(), "refused input stays on the form");
        assertEquals("Required", book.fieldError("addressLine1").orElse(""));
        assertEquals("At most 255 characters", book.fieldError("city").orElse(""));
        assertEquals("At most 255 characters", book.fieldError("postalCode").orElse(""));

        String script = "<script>window.pwned=1</script><b>Bold</b>";
        book.open().startAdding().fillAndSave(address("", script, "Springfield", "62704", "US"));
        assertTrue(book.lines("Bold").contains(script), "shown as typed: " + book.lines("Bold"));
        assertEquals(0, browser.findAll(By.cssSelector("li.address-entry b")).size());
        assertEquals(null, browser.script("return window.pwned;"));
    }

    @Test
    void checkoutStartsFromTheDefaultShippingAddress() {
        book.startAdding().fillAndSave(address("", "1 Main St", "Springfield", "62704", "US"));
        book.startAdding().fillAndSave(address("", "10 Downing Street", "London", "SW1A 2AA", "GB"));
        book.press("Downing", "make-shipping");

        browser.open(site.storefront("hot-sauces/green-ghost"));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#add-to-cart button[type=submit]")).click());
        browser.open(site.storefront("cart"));
        browser.andWaitForNewPage(() -> browser.find(By.id("checkout-link")).click());

        assertEquals("10 Downing Street", browser.find(By.id("addressLine1")).getDomProperty("value"));
        assertEquals("London", browser.find(By.id("city")).getDomProperty("value"));
        assertEquals("SW1A 2AA", browser.find(By.id("postalCode")).getDomProperty("value"));
        assertEquals("GB", browser.find(By.id("country")).getDomProperty("value"));
    }

    @Test
    void anotherShoppersAddressIsNotFound() {
        book.startAdding().fillAndSave(address("", "1 Main St", "Springfield", "62704", "US"));
        String editUrl = book.entry("1 Main St").findElement(By.cssSelector("a.edit-address")).getDomProperty("href");

        browser.driver().manage().deleteAllCookies();
        new StorefrontShopper(browser, site, Unique.email("other"), "secret123").register("Bob", "Other");
        browser.open(editUrl);
        assertTrue(browser.findAll(By.id("address-form")).isEmpty(), "someone else's address opens no form");
        assertFalse(browser.driver().getPageSource().contains("1 Main St"));
    }

    private static Map<String, String> address(String name, String line1, String city, String postalCode,
            String country) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("addressName", name);
        values.put("firstName", "Ann");
        values.put("lastName", "Lee");
        values.put("addressLine1", line1);
        values.put("city", city);
        values.put("postalCode", postalCode);
        values.put("country", country);
        if ("US".equals(country)) {
            values.put("state", "IL");
        }
        return values;
    }
}
