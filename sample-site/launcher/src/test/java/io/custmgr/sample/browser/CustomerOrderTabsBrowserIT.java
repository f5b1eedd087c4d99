package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static io.custmgr.sample.browser.SampleDatabase.hoursAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guest buys on the storefront; the merchant then sees on the guest profile's form the Orders tab (with a filter
 * and links to Broadleaf's order screen), the Current cart and the Wishlist (with images and whether an item was
 * bought later). Markup in order numbers, item names and image URLs is shown as text and never runs.
 */
@BrowserTest
class CustomerOrderTabsBrowserIT {

    private static final String PAYLOAD = "<img src=x onerror=window.custmgrXss=1>";
    private static final String IMAGE_URL = "/img/lamp.png?\"onerror=\"window.custmgrXss=2";

    @Test
    void ordersCartAndWishlistShowOnTheCustomerFormAndOrdersLinkToTheOrderScreen(Browser browser, SampleSite site)
            throws Exception {
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, Unique.email("order-tabs"), "Buyer");
        String token = Unique.token();
        long customerId;
        long placedOrderId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = db.queryLong("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", orderNumber);
            placedOrderId = db.queryLong("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", orderNumber);
            seedShopping(db, customerId, placedOrderId, token);
        }

        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer/" + customerId));
        showTab(browser, "Orders");
        List<WebElement> orders = rows(browser, "cmOrders");
        assertEquals(2, orders.size(), "the checkout order and the seeded one; no cart, no wishlist");
        assertEquals(orderNumber, cell(orders.get(0), "number"), "newest first");
        assertEquals("Paid", cell(orders.get(0), "payment"), "the storefront's captured payment");
        assertEquals("Submitted", cell(orders.get(0), "status"));
        assertTrue(cell(orders.get(0), "items").matches("1 \u00d7 .+"), cell(orders.get(0), "items"));
        assertEquals("X-" + token + PAYLOAD, cell(orders.get(1), "number"), "markup shown as text");
        assertEquals("2 \u00d7 Tea " + PAYLOAD, cell(orders.get(1), "items"));
        assertEquals("No payment", cell(orders.get(1), "payment"));
        assertTrue(cell(orders.get(1), "total").contains("7.00"), cell(orders.get(1), "total"));

        filterOrders(browser, token);
        assertTrue(browser.currentUrl().contains("cmOrdersFilter=" + token), browser.currentUrl());
        orders = rows(browser, "cmOrders");
        assertEquals(1, orders.size(), "the filter keeps the order whose number holds the text");
        assertEquals("X-" + token + PAYLOAD, cell(orders.get(0), "number"));
        assertTrue(orders.get(0).isDisplayed(), "the Orders tab is shown again after filtering");
        filterOrders(browser, "Paid");
        assertEquals(orderNumber, cell(rows(browser, "cmOrders").get(0), "number"), "filter on payment status");
        assertEquals(1, rows(browser, "cmOrders").size());
        filterOrders(browser, "no such order " + token);
        assertTrue(rows(browser, "cmOrders").isEmpty(), "nothing matches");
        assertEquals("Orders 0 to 0 of 0", browser.find(By.cssSelector(".custmgr-grid-summary")).getText().trim());
        String oversized = PAYLOAD + "x".repeat(3000);
        browser.open(site.admin("customer/" + customerId) + "?cmOrdersFilter="
                + URLEncoder.encode(oversized, StandardCharsets.UTF_8));
        assertEquals(oversized.substring(0, 100), browser.find(By.cssSelector("input.custmgr-grid-filter-input"))
                .getAttribute("value"), "an oversized filter is cut to 100 characters and kept as text");
        assertEquals("Orders 0 to 0 of 0", browser.find(By.cssSelector(".custmgr-grid-summary")).getText().trim());
        assertNull(browser.script("return window.custmgrXss;"), "an injected handler ran");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("button.custmgr-grid-filter-clear")).click());
        assertEquals(2, rows(browser, "cmOrders").size(), "Clear shows every order again");

        showTab(browser, "Current cart");
        List<WebElement> cart = rows(browser, "cmCurrentCart");
        assertEquals(2, cart.size());
        assertEquals("Cart tea " + PAYLOAD, cell(cart.get(0), "item"));
        assertEquals("3", cell(cart.get(0), "quantity"));
        assertTrue(cell(cart.get(0), "unitPrice").contains("2.00"), cell(cart.get(0), "unitPrice"));
        assertTrue(cell(cart.get(0), "lineTotal").contains("6.00"), cell(cart.get(0), "lineTotal"));
        assertTrue(browser.find(By.cssSelector(".custmgr-note[data-name=cmCartTotal]")).getText().contains("7.50"));

        showTab(browser, "Wishlist");
        List<WebElement> wished = rows(browser, "cmWishlist");
        assertEquals(2, wished.size());
        WebElement lamp = wished.stream().filter(r -> cell(r, "item").startsWith("Lamp")).findFirst().orElseThrow();
        WebElement sauce = wished.stream().filter(r -> cell(r, "item").startsWith("Wished")).findFirst().orElseThrow();
        assertEquals("Lamp " + PAYLOAD, cell(lamp, "item"));
        assertEquals("No", cell(lamp, "bought"));
        assertEquals("Yes, bought later", cell(sauce, "bought"), "the product is in the checkout order");
        WebElement image = lamp.findElement(By.cssSelector("td[data-fieldname=image] img"));
        assertTrue(image.getAttribute("src").contains("/admin/img/lamp.png?"), image.getAttribute("src"));
        assertNull(image.getAttribute("onerror"), "the URL's quote did not end the attribute");

        assertTrue(browser.findAll(By.cssSelector("#cmOrders td img, #cmCurrentCart td img")).isEmpty(),
                "no markup was parsed");
        assertNull(browser.script("return window.custmgrXss;"), "an injected handler ran");

        showTab(browser, "Orders");
        WebElement link = rows(browser, "cmOrders").get(0).findElement(By.cssSelector("a.custmgr-row-link"));
        browser.andWaitForNewPage(link::click);
        assertTrue(browser.currentUrl().endsWith("/admin/order/" + placedOrderId), browser.currentUrl());
        browser.waitVisible(By.cssSelector("form.entity-form"));
        assertTrue(browser.find(By.tagName("body")).getText().contains(orderNumber), "Broadleaf's order screen");
    }

    @Test
    void ordersComeAPageAtATimeWithNextAndPrevious(Browser browser, SampleSite site) throws Exception {
        String token = Unique.token();
        long customerId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = db.insert("BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "bt-pages-" + token,
                    "EMAIL_ADDRESS", "bt-pages-" + token + "@example.com", "FIRST_NAME", "Paula", "LAST_NAME", "Pages",
                    "DATE_CREATED", hoursAgo(1000));
            for (int i = 1; i <= 30; i++) {
                long order = db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customerId, "ORDER_STATUS",
                        "SUBMITTED", "ORDER_NUMBER", String.format("PG-%s-%02d", token, i), "SUBMIT_DATE",
                        hoursAgo(100 - i), "ORDER_TOTAL", new BigDecimal("1.00"));
                db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", order, "NAME", "Mug", "QUANTITY", 1,
                        "PRICE", new BigDecimal("1.00"));
            }
        }

        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer/" + customerId));
        showTab(browser, "Orders");
        assertEquals(25, rows(browser, "cmOrders").size());
        assertEquals("Orders 1 to 25 of 30", summary(browser));
        assertEquals("PG-" + token + "-30", cell(rows(browser, "cmOrders").get(0), "number"), "newest first");

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#cmOrders button[class*=custmgr-grid-link]"))
                .click());
        List<WebElement> second = rows(browser, "cmOrders");
        assertEquals(5, second.size());
        assertTrue(second.get(0).isDisplayed(), "the Orders tab is shown again on the next page");
        assertEquals("Orders 26 to 30 of 30", summary(browser));
        assertEquals("PG-" + token + "-01", cell(second.get(4), "number"));
        List<WebElement> buttons = browser.findAll(By.cssSelector("#cmOrders button.custmgr-grid-link"));
        assertEquals(1, buttons.size(), "only Previous on the last page");
        browser.andWaitForNewPage(() -> buttons.get(0).click());
        assertEquals("Orders 1 to 25 of 30", summary(browser));

        browser.open(site.admin("customer/" + customerId) + "?cmOrdersPage=99");
        assertEquals("Orders 26 to 30 of 30", summary(browser), "a page beyond the last shows the last");
        for (String bad : new String[] {"abc", "-3", "99999999999999"}) {
            browser.open(site.admin("customer/" + customerId) + "?cmOrdersPage=" + bad);
            assertEquals("Orders 1 to 25 of 30", summary(browser), "page " + bad + " shows the first");
        }
    }

    private static String summary(Browser browser) {
        return browser.find(By.cssSelector(".custmgr-grid-summary")).getText().trim();
    }

    /** An order with markup, an open cart and a wishlist of two (one product bought since), for the customer. */
    private static void seedShopping(SampleDatabase db, long customer, long placedOrder, String token)
            throws Exception {
        long skuBought = db.queryLong("SELECT d.SKU_ID FROM BLC_DISCRETE_ORDER_ITEM d JOIN BLC_ORDER_ITEM i"
                + " ON i.ORDER_ITEM_ID = d.ORDER_ITEM_ID WHERE i.ORDER_ID = ?", placedOrder);
        long productBought = db.queryLong("SELECT d.PRODUCT_ID FROM BLC_DISCRETE_ORDER_ITEM d JOIN BLC_ORDER_ITEM i"
                + " ON i.ORDER_ITEM_ID = d.ORDER_ITEM_ID WHERE i.ORDER_ID = ?", placedOrder);

        long hostile = db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", "SUBMITTED",
                "ORDER_NUMBER", "X-" + token + PAYLOAD, "SUBMIT_DATE", hoursAgo(48), "ORDER_TOTAL",
                new BigDecimal("7.00"), "DATE_CREATED", hoursAgo(49), "DATE_UPDATED", hoursAgo(48));
        db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", hostile, "NAME", "Tea " + PAYLOAD, "QUANTITY", 2,
                "PRICE", new BigDecimal("3.50"));

        long cart = db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", "IN_PROCESS",
                "DATE_CREATED", hoursAgo(3), "DATE_UPDATED", hoursAgo(1));
        db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", cart, "NAME", "Cart tea " + PAYLOAD, "QUANTITY", 3,
                "PRICE", new BigDecimal("2.00"));
        db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", cart, "NAME", "Cart mug", "QUANTITY", 1,
                "PRICE", new BigDecimal("1.50"));

        long lampSku = db.insert("BLC_SKU", "SKU_ID", "NAME", "Lamp " + PAYLOAD);
        long lampProduct = db.insert("BLC_PRODUCT", "PRODUCT_ID", "DEFAULT_SKU_ID", lampSku);
        long media = db.insert("BLC_MEDIA", "MEDIA_ID", "URL", IMAGE_URL, "TITLE", "Lamp");
        db.insertRow("BLC_SKU_MEDIA_MAP", "BLC_SKU_SKU_ID", lampSku, "MEDIA_ID", media, "MAP_KEY", "primary");

        long wishlist = db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", "NAMED",
                "NAME", "wishlist", "DATE_CREATED", hoursAgo(24), "DATE_UPDATED", hoursAgo(24));
        long wishedSauce = db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", wishlist, "NAME", "Wished sauce",
                "QUANTITY", 1, "PRICE", new BigDecimal("5.00"));
        db.insertRow("BLC_DISCRETE_ORDER_ITEM", "ORDER_ITEM_ID", wishedSauce, "SKU_ID", skuBought, "PRODUCT_ID",
                productBought);
        long wishedLamp = db.insert("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", wishlist, "NAME", "Lamp " + PAYLOAD,
                "QUANTITY", 1, "PRICE", new BigDecimal("20.00"));
        db.insertRow("BLC_DISCRETE_ORDER_ITEM", "ORDER_ITEM_ID", wishedLamp, "SKU_ID", lampSku, "PRODUCT_ID",
                lampProduct);
    }

    private static void showTab(Browser browser, String title) {
        WebElement tab = browser.findAll(By.cssSelector("dl.tabs dd a")).stream()
                .filter(a -> a.getText().trim().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + title + " on " + browser.currentUrl()));
        tab.click();
    }

    /** Types into the Orders filter box and presses Enter (reloads the form, filtered). */
    private static void filterOrders(Browser browser, String text) {
        WebElement box = browser.waitVisible(By.cssSelector("input.custmgr-grid-filter-input"));
        box.clear();
        box.sendKeys(text);
        browser.andWaitForNewPage(() -> box.sendKeys(Keys.ENTER));
        browser.waitVisible(By.cssSelector("input.custmgr-grid-filter-input"));
    }

    private static List<WebElement> rows(Browser browser, String gridKey) {
        return browser.findAll(By.cssSelector("#" + gridKey + " tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("td.list-grid-no-results")).isEmpty())
                .collect(Collectors.toList());
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td[data-fieldname=" + column + "]")).getAttribute("textContent")
                .trim();
    }
}
