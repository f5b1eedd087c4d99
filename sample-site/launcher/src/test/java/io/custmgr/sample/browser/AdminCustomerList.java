package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The admin's customer list ({@code /admin/customer}): a grid with one row per customer. */
public final class AdminCustomerList {

    public static final String COMPANY = "customerProfile.company";
    public static final String PHONE = "customerProfile.phone";
    public static final String ACTIVITY_STATUS = "customerProfile.activityStatus";
    public static final String TAX_EXEMPT = "customerProfile.taxExempt";
    public static final String EMAIL = "emailAddress";
    public static final String GUEST = "guestProfile.guest";
    /** The columns the list shows, in order: what a merchant scans; every other field is on the form. */
    public static final List<String> COLUMNS = List.of("First Name", "Last Name", "Email Address", "Activity Status",
            "Guest", "Business / Organization", "Registration Date");

    private final Browser browser;
    private final SampleSite site;

    AdminCustomerList(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
        browser.waitVisible(By.cssSelector("table tbody tr[data-link]"));
    }

    public List<WebElement> rows() {
        return browser.findAll(By.cssSelector("table tbody tr[data-link]"));
    }

    /** The row of the customer with this id (the row links to {@code /admin/customer/{id}}). */
    public Optional<WebElement> row(long customerId) {
        String link = site.adminPath() + "customer/" + customerId;
        return rows().stream().filter(row -> link.equals(row.getDomAttribute("data-link"))).findFirst();
    }

    /** The text a column shows in a customer's row. */
    public String cell(long customerId, String column) {
        WebElement row = row(customerId).orElseThrow(() -> new AssertionError(
                "No row for customer " + customerId + " in the list at " + browser.currentUrl()));
        return row.findElement(By.cssSelector("td[data-fieldname='" + column + "']")).getText().trim();
    }

    /** The titles of the grid's columns, in order. */
    public List<String> columnTitles() {
        return browser.findAll(By.cssSelector("table thead th .listgrid-title")).stream()
                .map(title -> title.getText().trim())
                .collect(Collectors.toList());
    }

    /** Opens a customer the way a merchant does: by clicking the link in its row. */
    public AdminCustomerForm open(long customerId) {
        WebElement row = row(customerId).orElseThrow(() -> new AssertionError(
                "No row for customer " + customerId + " in the list at " + browser.currentUrl()));
        WebElement link = row.findElement(By.cssSelector("a[href]"));
        browser.andWaitForNewPage(link::click);
        return new AdminCustomerForm(browser, AdminConsole.customerId(browser.currentUrl()));
    }

    /** Ticks a customer's row for "Delete selected" (the module's checkbox in the row's first cell). */
    public AdminCustomerList tick(long customerId) {
        WebElement row = row(customerId).orElseThrow(() -> new AssertionError(
                "No row for customer " + customerId + " in the list at " + browser.currentUrl()));
        WebElement tick = browser.until(d -> row.findElements(By.cssSelector("input.custmgr-delete-tick")).stream()
                .findFirst().orElse(null));
        tick.click();
        return this;
    }

    /** @return whether the list offers "Delete selected" (only to admin users who may delete customers) */
    public boolean offersDeleteSelected() {
        return !browser.findAll(By.cssSelector("button.custmgr-delete-selected")).isEmpty();
    }

    /** Clicks "Delete selected", then the confirmation page's Delete; @return the report's text by list id */
    public java.util.Map<String, String> deleteSelected() {
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("button.custmgr-delete-selected")).click());
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("custmgr-delete-confirm")).click());
        java.util.Map<String, String> report = new java.util.LinkedHashMap<>();
        for (String id : new String[] {"custmgr-delete-summary", "custmgr-delete-deleted", "custmgr-delete-refused"}) {
            report.put(id, browser.waitVisible(By.id(id)).getText());
        }
        return report;
    }
}
