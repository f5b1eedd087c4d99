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
 * A shopper asks for a company account on the storefront; the admin's bell counts it, the merchant approves it (a
 * rejection without a reason is refused with a field error) and the shopper is the company's administrator. A second
 * request of the same name in another case is refused on the form, with what was typed kept; markup is text. The
 * administrator invites a second shopper by e-mail, who joins by the mailed link; both order, the administrator sees
 * both orders and the buyer its own; members are removed, never the last administrator.
 */
@BrowserTest
class CompanyRequestBrowserIT {

    private static final String PAYLOAD = "<img src=x onerror=window.custmgrXss=1>";

    @Test
    void aRequestRingsTheBellIsApprovedAndMakesTheShopperItsAdministrator(Browser browser, SampleSite site) {
        String company = "Acme " + Unique.token();
        StorefrontShopper ann = new StorefrontShopper(browser, site, Unique.email("company"), "Company123")
                .register("Ann", "Acme");
        browser.open(site.storefront("account"));
        browser.andWaitForNewPage(() -> browser.find(By.id("company-link")).click());
        type(browser, "company-name", company);
        type(browser, "company-legalName", company + " Trading Ltd");
        browser.find(By.id("company-message")).sendKeys("We buy for 40 shops " + PAYLOAD);
        browser.andWaitForNewPage(() -> browser.find(By.id("company-request-submit")).click());
        assertTrue(browser.find(By.id("company-requested")).getText().contains("Your request was sent"));
        assertTrue(browser.find(By.id("company-pending")).getText().contains(company));
        assertTrue(browser.findAll(By.id("company-request-form")).isEmpty(), "one request at a time");

        StorefrontShopper bob = new StorefrontShopper(browser, site, Unique.email("company-b"), "Company123")
                .register("Bob", "Other");
        browser.open(site.storefront("account/company"));
        type(browser, "company-name", " " + company.toUpperCase() + " ");
        browser.andWaitForNewPage(() -> browser.find(By.id("company-request-submit")).click());
        assertEquals("A company of that name already has an account: ask its administrator to invite you.",
                browser.find(By.cssSelector("#company-name + .field-error")).getText().trim());
        assertEquals(" " + company.toUpperCase() + " ", browser.find(By.id("company-name")).getAttribute("value"),
                "what was typed is kept");
        bob.logOut();

        new AdminConsole(browser, site).logIn();
        WebElement bell = browser.waitVisible(By.cssSelector("header li.custmgr-bell a"));
        int pending = Integer.parseInt(bell.findElement(By.cssSelector(".custmgr-bell-count")).getText());
        assertTrue(pending >= 1, "the bell counts the request");
        browser.andWaitForNewPage(bell::click);
        assertTrue(browser.currentUrl().endsWith("/company-requests"), browser.currentUrl());
        WebElement row = request(browser, company);
        assertEquals("We buy for 40 shops " + PAYLOAD,
                row.findElement(By.cssSelector(".custmgr-request-message")).getText());
        assertNull(browser.script("return window.custmgrXss;"), "markup ran");
        Accessibility.admin().check(browser);

        browser.andWaitForNewPage(() -> request(browser, company)
                .findElement(By.cssSelector("button.custmgr-company-reject")).click());
        assertEquals("Give a reason: the requester reads it.", request(browser, company)
                .findElement(By.cssSelector(".custmgr-field-error")).getText().trim());

        browser.andWaitForNewPage(() -> request(browser, company)
                .findElement(By.cssSelector("button.custmgr-company-approve")).click());
        assertTrue(browser.find(By.id("custmgr-company-approved")).getText().contains(company));
        assertTrue(browser.findAll(By.cssSelector("tr[data-company]")).stream()
                .noneMatch(r -> r.getText().contains(company)), "no longer waiting");
        String count = browser.findAll(By.cssSelector("header li.custmgr-bell .custmgr-bell-count")).isEmpty() ? "0"
                : browser.find(By.cssSelector("header li.custmgr-bell .custmgr-bell-count")).getText();
        assertEquals(pending - 1, Integer.parseInt(count));

        ann.logIn();
        browser.open(site.storefront("account/company"));
        assertTrue(browser.find(By.id("company-membership")).getText().contains("You buy for " + company + "."));
        assertEquals("Administrator", browser.find(By.id("company-roles")).getText().trim());
        assertEquals(company, browser.find(By.id("company-units")).getText().trim());
        assertFalse(browser.find(By.tagName("body")).getText().contains("Ask for a company account"));
        Accessibility.storefront().check(browser);

        type(browser, "company-invite-email", "nobody-" + Unique.token() + "@example.com");
        browser.andWaitForNewPage(() -> browser.find(By.id("company-invite-submit")).click());
        assertTrue(browser.find(By.cssSelector("#company-invite-form .field-error")).getText()
                .startsWith("No account uses that e-mail address"));
        type(browser, "company-invite-email", bob.email().toUpperCase());
        browser.andWaitForNewPage(() -> browser.find(By.id("company-invite-submit")).click());
        assertTrue(browser.find(By.id("company-invited")).getText().contains(bob.email().toUpperCase()));
        String invitation = Outbox.link(browser, site, bob.email(), "/account/company/join");

        browser.open(invitation);
        assertEquals("That invitation was sent to another account: sign in with the account it was sent to.",
                browser.find(By.id("company-join-error")).getText().trim(), "ann follows bob's link");
        ann.logOut();
        bob.logIn();
        browser.open(invitation);
        assertEquals("You joined " + company + ".", browser.find(By.id("company-joined")).getText().trim());
        assertEquals("Buyer", browser.find(By.id("company-roles")).getText().trim());
        assertTrue(browser.findAll(By.id("company-invite-form")).isEmpty(), "a buyer does not manage members");
        browser.open(invitation);
        assertEquals("That invitation was used already.", browser.find(By.id("company-join-error")).getText().trim());
        String bobsOrder = placeOrder(browser, site, bob.email());
        browser.open(site.storefront("account/company"));
        assertEquals(List.of(bobsOrder), orderNumbers(browser), "a buyer sees its own orders");

        bob.logOut();
        ann.logIn();
        String annsOrder = placeOrder(browser, site, ann.email());
        browser.open(site.storefront("account/company"));
        assertEquals(List.of(annsOrder, bobsOrder), orderNumbers(browser), "the administrator sees both, newest first");
        assertEquals("Bob Other", browser.findAll(By.cssSelector("tr.company-order")).get(1)
                .findElement(By.cssSelector(".order-by")).getText().trim());
        assertEquals(2, browser.findAll(By.cssSelector("tr.company-member")).size());
        assertEquals("Buyer", member(browser, bob.email()).findElement(By.cssSelector(".member-roles > span"))
                .getText().trim());
        changeRoles(browser, bob.email(), "Approver");
        assertTrue(browser.find(By.id("company-changed")).isDisplayed());
        assertEquals("Approver", member(browser, bob.email()).findElement(By.cssSelector(".member-roles > span"))
                .getText().trim());
        changeRoles(browser, ann.email(), "Buyer");
        assertEquals("The company needs at least one administrator: make someone else administrator first.",
                member(browser, ann.email()).findElement(By.cssSelector(".member-change .field-error")).getText()
                        .trim(), "the last administrator keeps the role");
        Accessibility.storefront().check(browser);
        WebElement bobRow = member(browser, bob.email());
        browser.andWaitForNewPage(() -> bobRow.findElement(By.cssSelector(".remove-member button")).click());
        assertTrue(browser.find(By.id("company-removed")).isDisplayed());
        assertEquals(1, browser.findAll(By.cssSelector("tr.company-member")).size());
        WebElement annRow = browser.find(By.cssSelector("tr.company-member"));
        browser.andWaitForNewPage(() -> annRow.findElement(By.cssSelector(".remove-member button")).click());
        assertTrue(browser.find(By.id("company-remove-error")).getText().startsWith("The company needs at least one"));
    }

    private static WebElement member(Browser browser, String email) {
        return browser.findAll(By.cssSelector("tr.company-member")).stream()
                .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
    }

    /** Opens the member's "Roles and units", ticks exactly the named role and saves. */
    private static void changeRoles(Browser browser, String email, String role) {
        WebElement row = member(browser, email);
        row.findElement(By.cssSelector(".member-change summary")).click();
        for (WebElement label : row.findElements(By.cssSelector(".member-change-form fieldset:first-of-type label"))) {
            WebElement box = label.findElement(By.tagName("input"));
            if (box.isSelected() != label.getText().trim().equals(role)) {
                box.click();
            }
        }
        browser.andWaitForNewPage(() -> row.findElement(By.cssSelector(".member-change-form button")).click());
    }

    private static String placeOrder(Browser browser, SampleSite site, String email) {
        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        return GuestCheckoutBrowserIT.placeOrder(browser, email, "Buyer");
    }

    private static List<String> orderNumbers(Browser browser) {
        return browser.findAll(By.cssSelector("tr.company-order .order-number")).stream()
                .map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    private static WebElement request(Browser browser, String company) {
        return browser.findAll(By.cssSelector("tr[data-company]")).stream()
                .filter(r -> r.findElement(By.cssSelector(".custmgr-request-name")).getText().equals(company))
                .findFirst().orElseThrow();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
