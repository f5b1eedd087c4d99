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
 * Saved payment methods, as a gateway leaves them (a token and masked fields), show masked on the shopper's account
 * page and the admin's customer form, and nowhere their token or the name stored with them. The shopper makes one the
 * default and removes one; another shopper's id is "not found"; the merchant removes one from the admin, audited.
 */
@BrowserTest
class SavedPaymentsBrowserIT {

    @Test
    void theShopperSeesMaskedPaymentsMakesOneDefaultAndRemovesOne(Browser browser, SampleSite site)
            throws SQLException {
        StorefrontShopper other = new StorefrontShopper(browser, site, Unique.email("pay-other"), "secret123")
                .register("Otto", "Other");
        long othersPayment;
        try (SampleDatabase db = SampleDatabase.open()) {
            othersPayment = savePayment(db, customerId(db, other.email()), "VISA", "1111", "12/30", true, "TOKEN-O");
        }
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("pay"), "secret123")
                .register("Paula", "Payer");
        String token = "TOKEN-" + Unique.token();
        try (SampleDatabase db = SampleDatabase.open()) {
            long customerId = customerId(db, shopper.email());
            savePayment(db, customerId, "VISA", "4111111111111111", "08/2099", true, token);
            savePayment(db, customerId, "MASTERCARD", "5454", "01/20", false, token + "-2");
        }
        browser.open(site.storefront("account"));
        assertEquals(List.of("Visa ending in 1111", "Mastercard ending in 5454"), labels(browser),
                "default first; a full card number stored by mistake shows its last four digits only");
        assertEquals(List.of("Expires 08/2099", "Expired 01/2020"), texts(browser, ".payment-expiry"));
        assertTrue(payment(browser, 0).findElement(By.cssSelector(".badge-default-payment")).isDisplayed());
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(token), "the gateway token never reaches the page");
        assertFalse(page.contains("4111111111111111"), "nor a stored card number");
        assertFalse(page.contains("Nameon Cardfield"), "nor other stored fields");
        Screenshots.save(browser, "storefront-saved-payments");

        browser.andWaitForNewPage(() -> payment(browser, 1).findElement(By.cssSelector(".make-default-payment button"))
                .click());
        assertEquals("Mastercard ending in 5454 is now your default payment method.",
                browser.find(By.id("saved-payment-message")).getText().trim());
        assertEquals("Mastercard ending in 5454", labels(browser).get(0), "the new default comes first");

        browser.andWaitForNewPage(() -> payment(browser, 1).findElement(By.cssSelector(".remove-payment button"))
                .click());
        assertEquals("Visa ending in 1111 removed.", browser.find(By.id("saved-payment-message")).getText().trim());
        assertEquals(List.of("Mastercard ending in 5454"), labels(browser));

        WebElement form = payment(browser, 0).findElement(By.cssSelector(".remove-payment"));
        browser.script("arguments[0].action = arguments[0].action.replace(/payments\\/\\d+/, 'payments/' + arguments[1]);",
                form, String.valueOf(othersPayment));
        browser.andWaitForNewPage(form::submit);
        assertEquals("Not found", browser.find(By.tagName("h1")).getText().trim(),
                "another shopper's payment is not found");
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_PAYMENT_ID = ?",
                    othersPayment), "and stays");
        }
    }

    @Test
    void theMerchantSeesMaskedPaymentsOnTheCustomerFormAndRemovesOneAudited(Browser browser, SampleSite site)
            throws SQLException {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("pay-admin"), "secret123")
                .register("Mia", "Merchant-Side");
        String token = "TOKEN-" + Unique.token();
        long customerId;
        try (SampleDatabase db = SampleDatabase.open()) {
            customerId = customerId(db, shopper.email());
            savePayment(db, customerId, "AMEX", "378282246310005", "11/2031", true, token);
        }
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.customer(customerId);
        form.openTab("Contact Info");
        List<Map<String, String>> rows = form.gridRows("cmSavedPayments");
        assertEquals(1, rows.size());
        assertEquals("Amex ending in 0005", rows.get(0).get("payment"));
        assertEquals("11/2031", rows.get(0).get("expires"));
        assertEquals("Default", rows.get(0).get("isDefault"));
        assertTrue(rows.get(0).get("billing").contains("1 Card Street"), rows.get(0).get("billing"));
        assertFalse(browser.driver().getPageSource().contains(token), "no token on the admin form");
        assertTrue(browser.findAll(By.id("customerPayments")).isEmpty(),
                "Broadleaf's own grid of customer payments (stored fields and token in its row form) is hidden");
        Screenshots.save(browser, "admin-saved-payments");

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#cmSavedPayments tbody tr td a")).click());
        assertEquals("Amex ending in 0005", browser.find(By.id("custmgr-payment-label")).getText().trim());
        assertFalse(browser.driver().getPageSource().contains(token));
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-payment-remove")).click());
        assertTrue(browser.find(By.id("custmgr-payment-removed")).getText().startsWith("Amex ending in 0005 removed"));
        Accessibility.admin().check(browser);

        form = admin.customer(customerId);
        form.openTab("Contact Info");
        assertTrue(form.gridRows("cmSavedPayments").isEmpty(), "gone from the form");
        form.openTab("Audit");
        List<Map<String, String>> audit = form.gridRows("cmAuditTrail");
        assertTrue(audit.stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.contains("Saved payment method removed"))
                && r.values().stream().anyMatch(v -> v.contains("Amex ending in 0005"))), audit.toString());
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM BLC_CUSTOMER_PAYMENT WHERE CUSTOMER_ID = ?", customerId));
        }
    }

    static long customerId(SampleDatabase db, String email) throws SQLException {
        return db.queryLong("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS = ?", email);
    }

    /** A payment as a gateway integration stores it; @return its id */
    static long savePayment(SampleDatabase db, long customerId, String cardType, String lastFour, String expiry,
            boolean isDefault, String token) throws SQLException {
        long addressId = db.insert("BLC_ADDRESS", "ADDRESS_ID", "ADDRESS_LINE1", "1 Card Street", "CITY", "Austin",
                "POSTAL_CODE", "78701", "COUNTRY", "US", "FIRST_NAME", "Card", "LAST_NAME", "Holder", "IS_ACTIVE", true, "IS_BUSINESS", false, "IS_DEFAULT", false);
        long paymentId = db.insert("BLC_CUSTOMER_PAYMENT", "CUSTOMER_PAYMENT_ID", "CUSTOMER_ID", customerId,
                "ADDRESS_ID", addressId, "PAYMENT_TOKEN", token, "IS_DEFAULT", isDefault);
        field(db, paymentId, "CARD_TYPE", cardType);
        field(db, paymentId, "LAST_FOUR", lastFour);
        field(db, paymentId, "EXP_DATE", expiry);
        field(db, paymentId, "NAME_ON_CARD", "Nameon Cardfield");
        return paymentId;
    }

    private static void field(SampleDatabase db, long paymentId, String name, String value) throws SQLException {
        db.insertRow("BLC_CUSTOMER_PAYMENT_FIELDS", "CUSTOMER_PAYMENT_ID", paymentId, "FIELD_NAME", name,
                "FIELD_VALUE", value);
    }

    private static WebElement payment(Browser browser, int index) {
        return browser.findAll(By.cssSelector("li.saved-payment")).get(index);
    }

    private static List<String> labels(Browser browser) {
        return texts(browser, "li.saved-payment .payment-label");
    }

    private static List<String> texts(Browser browser, String selector) {
        return browser.findAll(By.cssSelector(selector)).stream().map(e -> e.getText().trim())
                .collect(Collectors.toList());
    }
}
