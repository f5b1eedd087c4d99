package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer form's E-mails tab and the storefront's Messages inbox: a shopper's order confirmation shows with its
 * status; the merchant sends a private message and an e-mail (a subject with a line break and an oversized body are
 * refused at their fields, markup stays text, the preview runs nothing); the shopper sees the unread badge, reads the
 * message, and the tab then shows it read.
 */
@BrowserTest
class CustomerMailsBrowserIT {

    private static final String SCRIPT = "<script>window.injected = true;</script>";

    @Test
    void theMerchantsMessageIsReadInTheInboxAndTheTabShowsTheOrderConfirmationAndTheMessage(Browser browser,
            SampleSite site) throws SQLException {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("inbox"), "secret123")
                .register("Ina", "Inbox");
        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, shopper.email(), "Inbox");
        long customerId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = db.queryLong("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS = ?", shopper.email());
        }

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.customer(customerId);
        form.openTab("E-mails");
        List<Map<String, String>> rows = form.gridRows("cmCustomerMails");
        assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("Order confirmation")
                && r.get("subject").equals("Your order " + orderNumber) && r.get("status").equals("Sent")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("kind").equals("Registration")), rows.toString());

        // a private message: a subject with a line break is refused at its field, then sent
        browser.open(site.admin("customer/" + customerId + "/emails/new?channel=message"));
        // a text box drops line breaks itself: a hidden one sends them as a forged request would
        browser.script("var box = document.getElementById('custmgr-mail-subject'); box.type = 'hidden';"
                + " box.value = arguments[0];", "Hello\r\nBcc: everyone@example.com");
        browser.find(By.id("custmgr-mail-body")).sendKeys("Hi");
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-mail-submit")).click());
        assertTrue(browser.find(By.id("custmgr-mail-subject-error")).getText().startsWith("One line only"));
        browser.find(By.id("custmgr-mail-subject")).clear();
        browser.find(By.id("custmgr-mail-subject")).sendKeys("About your order");
        browser.find(By.id("custmgr-mail-body")).clear();
        browser.find(By.id("custmgr-mail-body")).sendKeys("Your parcel **ships today**.\n" + SCRIPT);
        browser.find(By.id("custmgr-mail-format-formatted")).click();
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-mail-submit")).click());
        assertEquals("The message is in the customer's inbox.", browser.find(By.id("custmgr-mail-sent")).getText());
        assertEquals("Unread", browser.find(By.id("custmgr-message-status")).getText());

        // an e-mail: an oversized body is refused, then a plain one is sent and previewed inert
        browser.open(site.admin("customer/" + customerId + "/emails/new?channel=email"));
        browser.find(By.id("custmgr-mail-subject")).sendKeys("Your parcel");
        browser.script("document.getElementById('custmgr-mail-body').value = 'x'.repeat(5001);");
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-mail-submit")).click());
        assertEquals("At most 5,000 characters.", browser.find(By.id("custmgr-mail-body-error")).getText());
        browser.script("document.getElementById('custmgr-mail-body').value = arguments[0];", "Tracking soon.\n" + SCRIPT);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-mail-submit")).click());
        assertEquals("Sent", browser.find(By.id("custmgr-mail-status")).getText());
        WebElement preview = browser.find(By.id("custmgr-mail-preview"));
        assertEquals("allow-popups allow-popups-to-escape-sandbox", preview.getDomAttribute("sandbox"));
        assertFalse(preview.getDomAttribute("srcdoc").contains("<script"), preview.getDomAttribute("srcdoc"));
        assertTrue(preview.getDomAttribute("srcdoc").contains("&lt;script&gt;"), "the typed markup shows as text");
        assertEquals(null, browser.script("return window.injected;"));

        // the shopper: told by mail, the badge, the inbox, the message formatted and its markup as text
        assertTrue(Outbox.link(browser, site, shopper.email(), "/account/messages/").contains("/account/messages/"));
        shopper.logIn();
        browser.open(site.storefront("account"));
        assertEquals("1 unread", browser.find(By.id("messages-unread")).getDomProperty("textContent").trim());
        browser.andWaitForNewPage(() -> browser.find(By.id("messages-link")).click());
        assertEquals(List.of("About your order"), texts(browser, "li.message-entry.unread .message-subject"));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("a.message-link")).click());
        assertEquals("About your order", browser.find(By.id("message-subject")).getText());
        assertTrue(browser.find(By.id("message-body")).getText().contains(SCRIPT), "markup shown as text");
        assertEquals("ships today", browser.find(By.cssSelector("#message-body strong")).getText());
        assertEquals(null, browser.script("return window.injected;"));
        browser.open(site.storefront("account"));
        assertTrue(browser.findAll(By.id("messages-unread")).isEmpty(), "no badge once read");

        admin.logIn();
        form = admin.customer(customerId);
        form.openTab("E-mails");
        rows = form.gridRows("cmCustomerMails");
        assertTrue(rows.stream().anyMatch(r -> r.get("channel").equals("Private message")
                && r.get("status").startsWith("Read ")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("subject").equals("Your parcel") && r.get("status").equals("Sent")),
                rows.toString());
        form.openTab("Audit");
        List<Map<String, String>> audit = form.gridRows("cmAuditTrail");
        assertTrue(audit.stream().anyMatch(r -> r.values().contains("Private message sent")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.values().contains("E-mail sent")), audit.toString());
    }

    private static List<String> texts(Browser browser, String selector) {
        return browser.findAll(By.cssSelector(selector)).stream().map(e -> e.getText().trim())
                .collect(Collectors.toList());
    }
}
