package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Login as customer": a customer allows assistance on their profile page; the merchant opens the storefront as that
 * customer from the customer form, sees the banner, may not change the e-mail address, places an order that the
 * admin's order screen attributes to the admin, finishes the session and is back on the customer form; the assistance
 * log and the audit trail show it. A CSR without the permission gets no button, and a crafted request is refused.
 */
@BrowserTest
class LoginAsCustomerBrowserIT {

    static final By LOGIN_AS_BUTTON = By.cssSelector("button.custmgr-login-as-customer");

    @Test
    void theMerchantShopsAsTheCustomerAndTheOrderIsTheAdmins(Browser browser, SampleSite site) {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("assisted"), "secret123")
                .register("Ada", "Assisted");
        allowAssistance(browser, site);
        shopper.logOut();
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.customerIdOf(shopper.email());

        admin.customer(customerId);
        browser.andWaitForNewPage(() -> browser.waitVisible(LOGIN_AS_BUTTON).click());
        WebElement banner = browser.waitVisible(By.id("assist-banner"));

        assertTrue(browser.currentUrl().startsWith(site.storefrontUrl()), browser.currentUrl());
        assertTrue(banner.getText().contains("Signed in as Ada Assisted by " + AdminConsole.USERNAME),
                banner.getText());
        Accessibility.storefront().check(browser);
        browser.open(site.storefront("account/profile"));
        assertFalse(browser.find(By.id("assistanceAllowed1")).isEnabled(), "the consent is the customer's own");
        browser.find(By.name("newEmail")).sendKeys(Unique.email("takeover"));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#email-form button[type=submit]")).click());
        assertTrue(browser.waitVisible(By.id("assist-blocked")).getText().contains("change their password and e-mail"));

        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        String orderNumber = GuestCheckoutBrowserIT.placeOrder(browser, shopper.email(), "Assisted");
        assertTrue(browser.find(By.id("assist-banner")).isDisplayed(), "the banner is on every page");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#assist-finish button")).click());

        assertEquals(site.admin("customer/" + customerId), browser.currentUrl(), "back on the customer form");
        browser.open(site.storefront(""));
        assertTrue(browser.findAll(By.id("assist-banner")).isEmpty(), "the session is over");
        assertTrue(browser.findAll(By.id("account-link")).isEmpty(), "and nobody is signed in any more");

        browser.open(site.admin("assistance-log?customer=" + customerId));
        Map<String, String> entry = cells(browser.waitVisible(By.cssSelector("tr.custmgr-assistance-entry")));
        assertEquals(AdminConsole.USERNAME, entry.get("admin"));
        assertEquals(shopper.email(), entry.get("customer"));
        assertEquals("Finish session", entry.get("endReason"));
        assertNotEquals("0", entry.get("pages"));
        assertEquals(orderNumber, entry.get("orders"));
        browser.open(browser.find(By.cssSelector("td[data-fieldname=orders] a")).getAttribute("href"));
        assertEquals(AdminConsole.USERNAME, browser.waitVisible(
                By.cssSelector(".custmgr-note[data-name=cmAssistedBy] span")).getText().trim(),
                "the order screen names the admin who placed it");

        AdminCustomerForm form = admin.customer(customerId);
        form.openTab("Orders");
        assertTrue(form.gridRows("cmOrders").stream().anyMatch(row -> row.get("number").equals(orderNumber)
                && row.get("placedBy").equals(AdminConsole.USERNAME)), "the Orders tab names the admin user");
        form.openTab("Activity log");
        assertTrue(form.gridRows("cmActivityLog").stream().anyMatch(row ->
                row.get("assistedBy").equals(AdminConsole.USERNAME)), "activity done while assisting names the admin");
        String audit = browser.find(By.id("cmAuditTrail")).getAttribute("textContent");
        for (String action : List.of("Assisted session started", "Order placed by an admin user",
                "Assisted session ended")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
    }

    @Test
    void aCsrWithoutThePermissionGetsNoButtonAndACraftedRequestIsRefused(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customerId = admin.addCustomer(Unique.email("no-consent"), "Nora", "Noconsent").id();
        browser.andWaitForNewPage(() -> browser.waitVisible(LOGIN_AS_BUTTON).click());
        assertTrue(browser.waitVisible(By.id("custmgr-login-as-refused")).getText()
                .contains("has not allowed remote shopping assistance"), "a clear reason for the administrator");
        String csr = "bt-assist-csr-" + Unique.token();
        CustomerGroupPermissionsBrowserIT.createAdminUser(browser, site, csr,
                CustomerGroupPermissionsBrowserIT.CSR_ROLE);

        admin.logIn(csr, CustomerGroupPermissionsBrowserIT.CSR_PASSWORD);
        admin.customer(customerId);
        assertTrue(browser.findAll(LOGIN_AS_BUTTON).isEmpty(), "no button");
        String csrfToken = browser.find(By.cssSelector("input[name=csrfToken]")).getAttribute("value");
        Object answer = browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', headers: "
                + "{'Content-Type': 'application/x-www-form-urlencoded'}, body: 'csrfToken=' + "
                + "encodeURIComponent(arguments[1])}).then(function (r) { return r.text().then(function (t) {"
                + "done(r.status + ' ' + t); }); });", site.admin("customer/" + customerId + "/login-as"), csrfToken);

        assertFalse(String.valueOf(answer).startsWith("200"), "refused: " + shorten(answer));
        assertFalse(String.valueOf(answer).contains("custmgr-login-as-form"), "no token issued");
    }

    private static void allowAssistance(Browser browser, SampleSite site) {
        browser.open(site.storefront("account/profile"));
        WebElement consent = browser.waitVisible(By.id("assistanceAllowed1"));
        if (!consent.isSelected()) {
            consent.click();
        }
        browser.andWaitForNewPage(() -> browser.find(By.id("profile-submit")).click());
        assertTrue(browser.find(By.id("assistanceAllowed1")).isSelected(), "consent saved");
    }

    private static Map<String, String> cells(WebElement row) {
        return row.findElements(By.cssSelector("td[data-fieldname]")).stream().collect(Collectors.toMap(
                cell -> cell.getDomAttribute("data-fieldname"), cell -> cell.getText().trim()));
    }

    private static String shorten(Object text) {
        String value = String.valueOf(text);
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
