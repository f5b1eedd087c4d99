package io.custmgr.sample.browser;

import io.custmgr.sample.browser.Accessibility.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The customer screens the module extends or adds pass the {@link Accessibility} check (Broadleaf's own admin chrome
 * aside: {@link AdminChrome}): the customer list and its Add dialog, every tab of a registered customer's form and
 * of a guest profile's, and the module's pages of a customer (navigation history, merge, delete confirmation). To
 * check a new page of a customer, add a line to {@link #customerPages(long)}.
 */
@BrowserTest
class AdminCustomerAccessibilityBrowserIT {

    private static final String DEMO = "demo@example.com";

    private final Accessibility accessibility = Accessibility.admin();

    /** One sign-in for the class: its tests share the browser, and only read. */
    @BeforeAll
    static void logIn(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
    }

    /** The module's pages of one customer (paths under {@code /admin/}). */
    static List<Page> customerPages(long customerId) {
        return List.of(
                Page.at("customer"),
                Page.at("customer/" + customerId + "/navigation-history"),
                Page.at("customer/" + customerId + "/merge"),
                Page.at("customer/" + customerId + "/merge?q=example"),
                Page.at("customer/delete-selected?ids=" + customerId),
                Page.at("customer/" + customerId + "/erase"),
                Page.at("customer/" + customerId + "/personal-data-export"),
                Page.at("personal-data-export/download?token=not-a-token"),
                Page.at("assistance-log?customer=" + customerId),
                Page.linkedFrom("customer/" + customerId, "#cmSavedPayments tbody tr td a"),
                Page.at("customer/" + customerId + "/emails/new?channel=email"),
                Page.at("customer/" + customerId + "/transactions"),
                Page.at("customer/999999999"));
    }

    @TestFactory
    Stream<DynamicTest> customerPages(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site);
        return accessibility.checks(browser, site::admin, customerPages(admin.customerIdOf(DEMO)));
    }

    @TestFactory
    Stream<DynamicTest> registeredCustomerFormTabs(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site);
        return formTabs(browser, site.admin("customer/" + admin.customerIdOf(DEMO)));
    }

    @TestFactory
    Stream<DynamicTest> guestProfileFormTabs(Browser browser, SampleSite site) {
        Page.linkedFrom("customer?guestProfile.guest=true", "tr[data-link] a[href]").open(browser, site::admin);
        return formTabs(browser, browser.currentUrl());
    }

    @Test
    void customerListAddDialog(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).customerList();
        browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
        browser.waitVisible(By.cssSelector(".modal form.modal-add-entity-form"));
        accessibility.check(browser);
    }

    /** One test per tab of the customer form at {@code url}: the tab shown, then checked. */
    private Stream<DynamicTest> formTabs(Browser browser, String url) {
        browser.open(url);
        List<String> tabs = browser.findAll(By.cssSelector("dl.tabs dd a")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
        return tabs.stream().map(tab -> DynamicTest.dynamicTest(tab, () -> {
            if (!browser.currentUrl().equals(url)) {
                browser.open(url);
            }
            new AdminCustomerForm(browser, AdminConsole.customerId(url)).openTab(tab);
            accessibility.check(browser);
        }));
    }
}
