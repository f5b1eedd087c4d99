package io.custmgr.sample.browser;

import io.custmgr.sample.browser.Accessibility.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

import java.util.List;
import java.util.stream.Stream;

/**
 * The admin sections the module adds under Customer Care pass the {@link Accessibility} check (Broadleaf's own admin
 * chrome aside: {@link AdminChrome}): their lists, their entity forms and Add dialogs, and the module's own views.
 * To check a new page, add a line to {@link #PAGES} (paths under {@code /admin/}).
 */
@BrowserTest
class AdminSectionsAccessibilityBrowserIT {

    static final List<Page> PAGES = List.of(
            Page.at("customer-search"),
            Page.at("customer-search?q=demo&birthMonthDay=13-45"),
            Page.at("customer-search/index"),
            Page.at("customer-duplicates"),
            Page.linkedFrom("customer-duplicates", "a.custmgr-merge-link"),
            Page.at("account-audit"),
            Page.at("account-audit/class/SPAM"),
            Page.at("admin-audit-trail"),
            Page.at("assistance-log?from=not-a-date"),
            Page.at("erasure-requests"),
            Page.at("scheduled-jobs"),
            Page.at("company-requests"),
            Page.at("companies"),
            Page.at("companies/new"),
            Page.at("stock-subscriptions"),
            Page.linkedFrom("companies", "#custmgr-company-list tbody a[href]"),
            Page.at("customer-group"),
            Page.linkedFrom("customer-group", "tr[data-link] a[href]"),
            Page.at("blocked-ip"),
            Page.at("disposable-email-domain"),
            Page.linkedFrom("disposable-email-domain", "tr[data-link] a[href]"),
            Page.at("activity-event-type"),
            Page.linkedFrom("activity-event-type", "tr[data-link] a[href]"),
            Page.at("nosuchsection"));

    /** Sections whose Add dialog (Broadleaf's entity form in a modal, with the module's fields) is checked. */
    static final List<String> ADD_DIALOGS = List.of("customer-group", "blocked-ip", "disposable-email-domain");

    private final Accessibility accessibility = Accessibility.admin();

    /** One sign-in for the class: its tests share the browser, and only read. */
    @BeforeAll
    static void logIn(Browser browser, SampleSite site) {
        new AdminConsole(browser, site).logIn();
    }

    @TestFactory
    Stream<DynamicTest> pages(Browser browser, SampleSite site) {
        return accessibility.checks(browser, site::admin, PAGES);
    }

    @TestFactory
    Stream<DynamicTest> addDialogs(Browser browser, SampleSite site) {
        return ADD_DIALOGS.stream().map(section -> DynamicTest.dynamicTest(section + " → Add", () -> {
            browser.open(site.admin(section));
            browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
            browser.waitVisible(By.cssSelector(".modal form.modal-add-entity-form"));
            accessibility.check(browser);
        }));
    }
}
