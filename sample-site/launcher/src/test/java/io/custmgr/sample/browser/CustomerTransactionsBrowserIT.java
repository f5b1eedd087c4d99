package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guest's storefront order shows its capture on the customer form's Transactions tab; the merchant records a
 * refund by hand (a refund above the capture and a future time are refused beside their fields, nothing written),
 * and the tab then lists the refund first, with its reason as plain text, and the totals per currency.
 */
@BrowserTest
class CustomerTransactionsBrowserIT {

    private static final String PAYLOAD = "<img src=x onerror=window.custmgrXss=1>";

    @Test
    void theTabShowsTheCaptureAndARefundTheMerchantRecords(Browser browser, SampleSite site) throws Exception {
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, Unique.email("transactions"), "Payer");
        long customerId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = db.queryLong("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", orderNumber);
        }

        AdminCustomerForm form = new AdminConsole(browser, site).logIn().customer(customerId)
                .openTab("Transactions");
        List<Map<String, String>> rows = form.gridRows("cmTransactions");
        assertEquals(1, rows.size(), "the checkout's capture: " + rows);
        assertEquals(orderNumber, rows.get(0).get("order"));
        assertEquals("Authorize and Capture", rows.get(0).get("type"), "Broadleaf's name of the type");
        assertEquals("Yes", rows.get(0).get("success"));
        List<Map<String, String>> totals = form.gridRows("cmTransactionsTotals");
        assertEquals(1, totals.size());
        assertEquals(rows.get(0).get("amount"), totals.get(0).get("paid"), "paid: the capture");

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#cmTransactions button.custmgr-grid-link"))
                .click());
        browser.waitVisible(By.id("custmgr-transaction-form"));
        String orderId = new Select(browser.find(By.id("custmgr-transaction-order"))).getOptions().get(1)
                .getAttribute("value");
        submit(browser, orderId, "999999.00", "", "Too much");
        assertEquals("A refund cannot be more than the order's payments captured and have not refunded yet.",
                browser.find(By.id("custmgr-transaction-amount-error")).getText().trim());
        assertEquals("999999.00", browser.find(By.id("custmgr-transaction-amount")).getAttribute("value"),
                "the input is kept");
        Accessibility.admin().check(browser);
        submit(browser, orderId, "1.00", "2099-01-01T10:00", "Later");
        assertEquals("The time cannot be in the future.",
                browser.find(By.id("custmgr-transaction-time-error")).getText().trim());
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM BLC_ORDER_PAYMENT_TRANSACTION t JOIN BLC_ORDER_PAYMENT p"
                    + " ON p.ORDER_PAYMENT_ID = t.ORDER_PAYMENT WHERE p.ORDER_ID = ? AND t.TRANSACTION_TYPE = 'REFUND'",
                    Long.parseLong(orderId)), "a refused entry writes nothing");
        }

        submit(browser, orderId, "1.00", "", "Damaged box " + PAYLOAD);
        assertEquals("Refund recorded.", browser.waitVisible(By.cssSelector("#custmgr-transaction-done span"))
                .getText().trim());

        form = form.reload(site).openTab("Transactions");
        rows = form.gridRows("cmTransactions");
        assertEquals(2, rows.size());
        assertEquals("Refund", rows.get(0).get("type"), "newest first");
        assertTrue(rows.get(0).get("amount").contains("1.00"), rows.get(0).get("amount"));
        assertEquals("Damaged box " + PAYLOAD, rows.get(0).get("reason"), "shown as text");
        assertTrue(form.gridRows("cmTransactionsTotals").get(0).get("refunded").contains("1.00"));
        assertNull(browser.script("return window.custmgrXss;"), "an injected handler ran");
        Screenshots.save(browser, "admin-customer-transactions-tab");
    }

    private static void submit(Browser browser, String orderId, String amount, String time, String reason) {
        browser.find(By.id("custmgr-transaction-refund")).click();
        new Select(browser.find(By.id("custmgr-transaction-order"))).selectByValue(orderId);
        type(browser, "custmgr-transaction-amount", amount);
        WebElement when = browser.find(By.id("custmgr-transaction-time"));
        browser.script("arguments[0].value = arguments[1];", when, time);
        type(browser, "custmgr-transaction-reason", reason);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-transaction-submit")).click());
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
