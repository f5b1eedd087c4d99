package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broadleaf's customer service role may read customer groups but not create, change or delete them; like anyone who
 * may maintain a customer it puts the customer into existing groups on the customer form (Broadleaf checks the
 * customer's permission for the form's lists). The administrator role may do everything (see the other group tests).
 */
@BrowserTest
class CustomerGroupPermissionsBrowserIT {

    /** The description Broadleaf's role ROLE_CUSTOMER_SERVICE_REP (-4) has: what the role lookup lists. */
    static final String CSR_ROLE = "CSR";
    static final String CSR_PASSWORD = "Csr-secret-1";

    @Test
    void customerServiceReadsGroupsAndAssignsThemButCannotChangeGroups(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String login = "bt-csr-" + Unique.token();
        createAdminUser(browser, site, login, CSR_ROLE);
        long customerId = admin.addCustomer(Unique.email("csr-groups"), "Carla", "Service").id();
        long vipId = groupId(browser, site, "VIP");

        admin.logIn(login, CSR_PASSWORD);
        AdminCustomerGroups groups = readOnlyGroupList(browser, site);
        assertTrue(groups.names().contains("VIP"), "the CSR reads the groups: " + groups.names());
        assertFalse(visible(browser, "button.add-main-entity"), "no Add button in the section for the CSR");

        browser.open(site.admin("customer-group/" + vipId));
        assertFalse(visible(browser, "button.submit-button"), "no Save on a group for the CSR");
        assertFalse(visible(browser, "button.delete-button"), "no Delete on a group for the CSR");

        browser.open(site.admin("customer/" + customerId));
        AdminCustomerGroupsGrid memberships = new AdminCustomerGroupsGrid(browser);
        assertTrue(memberships.offersAdd(), "the CSR maintains customers, so it may assign existing groups");
        memberships.add("VIP");
        browser.open(site.admin("customer/" + customerId));
        assertEquals(List.of("VIP"), new AdminCustomerGroupsGrid(browser).names());
    }

    private static long groupId(Browser browser, SampleSite site, String name) {
        WebElement row = AdminCustomerGroups.open(browser, site).row(name)
                .orElseThrow(() -> new AssertionError("no group " + name));
        String link = row.getDomAttribute("data-link");
        return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    }

    private static boolean visible(Browser browser, String css) {
        return browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    private static AdminCustomerGroups readOnlyGroupList(Browser browser, SampleSite site) {
        AdminCustomerGroups groups = AdminCustomerGroups.openWithoutAdd(browser, site);
        browser.waitVisible(By.cssSelector("table tbody tr[data-link]"));
        return groups;
    }

    /** Creates an active admin user holding one role, through the admin's own user screens. */
    static void createAdminUser(Browser browser, SampleSite site, String login, String role) {
        browser.open(site.admin("user-management"));
        browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
        By dialog = By.cssSelector(".modal form.modal-add-entity-form");
        browser.waitVisible(dialog);
        AdminForm form = new AdminForm(browser, dialog);
        form.typeText("name", "Test CSR " + login);
        form.typeText("login", login);
        form.typeText("email", login + "@example.com");
        form.typeText("password", CSR_PASSWORD);
        form.typeText("passwordConfirm", CSR_PASSWORD);
        String listUrl = browser.currentUrl();
        browser.waitVisible(By.cssSelector(".modal .submit-button")).click();
        browser.until(d -> !d.getCurrentUrl().equals(listUrl));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
        new AdminCustomerGroupsGrid(browser, "allRoles").add("description", role);
    }
}
