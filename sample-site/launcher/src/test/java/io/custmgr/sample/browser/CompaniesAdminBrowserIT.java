package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer Care → Companies as a merchant meets it: the demo companies listed with their counts, Northwind's members,
 * unit tree and orders with who placed them; a new company (a name taken in another case refused at its field, markup
 * shown as text), a unit added, a shopper attached from the customer form with the default role pre-checked, the
 * company suspended, and all of it in the company's audit trail.
 */
@BrowserTest
class CompaniesAdminBrowserIT {

    private static final String PAYLOAD = "<img src=x onerror=window.custmgrXss=1>";

    @Test
    void theDemoCompaniesShowTheirMembersUnitsAndOrders(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
        browser.open(site.admin("companies"));
        Map<String, String> northwind = row(browser, "Northwind Garden Supply");
        assertEquals("Active", northwind.get("status"));
        assertEquals("3", northwind.get("members"));
        assertEquals("4", northwind.get("units"), "root, Purchasing, Stores, Stores North");
        assertTrue(Integer.parseInt(northwind.get("orders")) > 0, "the members' orders are the company's");
        Accessibility.admin().check(browser);
        Screenshots.save(browser, "admin-companies");

        browser.find(By.id("custmgr-companies-q")).sendKeys("NORTHWIND");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-companies-filter button")).click());
        assertEquals(1, browser.findAll(By.cssSelector("#custmgr-company-list tbody tr")).size());
        browser.andWaitForNewPage(() -> browser.find(By.linkText("Northwind Garden Supply")).click());

        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-members")).click());
        String members = browser.find(By.id("custmgr-company-members")).getText();
        assertTrue(members.contains("priya.shah@northwind.example") && members.contains("Administrator"), members);
        assertTrue(members.contains("tom.berg@northwind.example") && members.contains("Buyer"), members);
        Accessibility.admin().check(browser);

        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-units")).click());
        WebElement storesNorth = browser.findAll(By.cssSelector("#custmgr-company-units li")).stream()
                .filter(unit -> unit.getText().equals("Stores North")).findFirst().orElseThrow();
        assertEquals("margin-left:4em", storesNorth.getDomAttribute("style"), "two levels down");

        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-orders")).click());
        List<String> placedBy = browser.findAll(By.cssSelector("#custmgr-company-orders tbody tr td:nth-child(3)"))
                .stream().map(WebElement::getText).distinct().collect(Collectors.toList());
        assertTrue(placedBy.size() >= 2, "orders of several members: " + placedBy);
        Screenshots.save(browser, "admin-company-orders");
    }

    @Test
    void aNewCompanyGetsAUnitAMemberWithTheDefaultRoleAndAnAuditTrail(Browser browser, SampleSite site) {
        String name = "Tools " + Unique.token() + " " + PAYLOAD;
        AdminConsole admin = new AdminConsole(browser, site);
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("member"), "Member123")
                .register("Mia", "Member");
        shopper.logOut();
        admin.logIn();
        long customerId = admin.customerIdOf(shopper.email());

        browser.open(site.admin("companies/new"));
        browser.find(By.id("custmgr-company-name")).sendKeys(name);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-company-details button")).click());
        assertEquals(name, browser.find(By.id("custmgr-company-title")).getText());
        assertNull(browser.script("return window.custmgrXss;"), "markup ran");

        browser.open(site.admin("companies/new"));
        browser.find(By.id("custmgr-company-name")).sendKeys("  " + name.toUpperCase() + " ");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-company-details button")).click());
        assertTrue(browser.find(By.id("custmgr-company-name-error")).getText().contains("exists already"));
        assertEquals("  " + name.toUpperCase() + " ", browser.find(By.id("custmgr-company-name")).getDomProperty("value"),
                "what was typed is kept");
        browser.open(site.admin("companies?q=" + URLEncoder.encode(name.substring(0, 12), StandardCharsets.UTF_8)));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-company-list tbody a")).click());
        String companyUrl = browser.currentUrl().replaceAll("\\?.*", "");

        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-units")).click());
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-unit-form button")).click());
        assertEquals("Give the unit a name.", browser.find(By.id("custmgr-unit-name-error")).getText());
        browser.find(By.id("custmgr-unit-name")).sendKeys("Workshop");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-unit-form button")).click());
        assertTrue(browser.find(By.id("custmgr-company-units")).getText().contains("Workshop"));

        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-addresses")).click());
        browser.find(By.id("custmgr-address-addressLine1")).sendKeys("9 Workshop Yard");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-address-form button")).click());
        assertEquals("Required.", browser.find(By.id("custmgr-address-name-error")).getText());
        assertEquals("9 Workshop Yard", browser.find(By.id("custmgr-address-addressLine1")).getDomProperty("value"),
                "what was typed is kept");
        browser.find(By.id("custmgr-address-name")).sendKeys("Workshop gate");
        browser.find(By.id("custmgr-address-postalCode")).sendKeys("10001");
        browser.find(By.id("custmgr-address-city")).sendKeys("New York");
        new Select(browser.find(By.id("custmgr-address-unitId"))).selectByVisibleText("- Workshop");
        Accessibility.admin().check(browser);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-address-form button")).click());
        String addresses = browser.find(By.id("custmgr-company-addresses")).getText();
        assertTrue(addresses.contains("Workshop gate") && addresses.contains("9 Workshop Yard, 10001 New York, US"),
                addresses);

        AdminCustomerForm form = admin.customer(customerId).openTab("Company");
        assertTrue(form.gridRows("cmCompany").isEmpty());
        WebElement attach = browser.find(By.cssSelector("#cmCompany button.custmgr-grid-link"));
        assertEquals("Attach to a company\u2026", attach.getText().trim());
        browser.andWaitForNewPage(attach::click);
        browser.find(By.id("custmgr-attach-q")).sendKeys(name.substring(0, 12));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#custmgr-attach-pick button")).click());
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-attach-choose")).click());
        assertTrue(checkbox(browser, "Buyer (default)").isSelected(), "the default role is pre-checked");
        assertTrue(!checkbox(browser, "Administrator").isSelected());
        checkbox(browser, "Buyer (default)").click();
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-attach-save")).click());
        assertEquals("Tick at least one role.", browser.find(By.id("custmgr-attach-roles-error")).getText());
        checkbox(browser, "Buyer (default)").click();
        checkbox(browser, "Workshop").click();
        Accessibility.admin().check(browser);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-attach-save")).click());

        Map<String, String> membership = new AdminCustomerForm(browser, customerId).openTab("Company")
                .gridRows("cmCompany").get(0);
        assertEquals(name, membership.get("company"));
        assertEquals("Buyer", membership.get("roles"));
        assertEquals("Workshop", membership.get("units"));

        browser.open(companyUrl);
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-status-change")).click());
        assertTrue(browser.find(By.id("custmgr-company-status")).getText().contains("Suspended"));
        browser.andWaitForNewPage(() -> browser.find(By.id("custmgr-company-tab-audit")).click());
        String audit = browser.find(By.id("custmgr-company-audit")).getText();
        assertTrue(audit.contains("CREATED CompanyImpl"), audit);
        assertTrue(audit.contains("CREATED BusinessUnitImpl Workshop"), audit);
        assertTrue(audit.contains("CREATED CompanyMemberImpl"), audit);
        assertTrue(audit.contains("status: SUSPENDED"), audit);
        assertNull(browser.script("return window.custmgrXss;"), "markup ran");
    }

    @Test
    void checkoutOffersAMemberItsCompanysAndUnitsAddresses(Browser browser, SampleSite site) {
        new StorefrontShopper(browser, site, "lena.fischer@northwind.example", "demo1234").logIn();
        GuestCheckoutBrowserIT.addToCartAndCheckout(browser, site);
        List<String> offered = browser.findAll(By.cssSelector("#company-addresses a.company-address")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertEquals(List.of("Head office: 1 Garden Row, 97201 Portland", "Stores depot: 88 Depot Lane, 97217 Portland"),
                offered, "the company's own and her unit's");
        browser.andWaitForNewPage(() -> browser.find(By.partialLinkText("Stores depot")).click());
        assertEquals("88 Depot Lane", browser.find(By.id("addressLine1")).getDomProperty("value"));
        assertEquals("97217", browser.find(By.id("postalCode")).getDomProperty("value"));
        assertTrue(browser.find(By.id("company-address-used")).getText().contains("Stores depot"));
        Accessibility.storefront().check(browser);
    }

    private static Map<String, String> row(Browser browser, String company) {
        WebElement row = browser.findAll(By.cssSelector("#custmgr-company-list tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td")).getText().equals(company)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + company));
        List<WebElement> cells = row.findElements(By.cssSelector("td"));
        return Map.of("status", cells.get(1).getText(), "members", cells.get(2).getText(),
                "units", cells.get(3).getText(), "orders", cells.get(4).getText());
    }

    private static WebElement checkbox(Browser browser, String label) {
        WebElement found = browser.findAll(By.cssSelector("#custmgr-attach-form label")).stream()
                .filter(l -> l.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label));
        return browser.find(By.id(found.getDomAttribute("for")));
    }
}
