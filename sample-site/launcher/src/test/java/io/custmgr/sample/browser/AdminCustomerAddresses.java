package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The customer form's address grid (Contact Info tab) and Broadleaf's collection editor dialog for one address. */
public final class AdminCustomerAddresses {

    public static final String NAME = "addressName";
    public static final String LINE1 = "address__addressLine1";
    public static final String CITY = "address__city";
    public static final String POSTAL_CODE = "address__postalCode";
    public static final String DEFAULT_BILLING = "addressDefaults__defaultBilling";
    public static final String DEFAULT_SHIPPING = "addressDefaults__defaultShipping";

    private static final By GRID = By.cssSelector("#customerAddresses");
    /** The topmost dialog: Broadleaf appends each new one to the page. */
    private static final String TOP_MODAL = "(//div[contains(concat(' ', normalize-space(@class), ' '), ' modal ')])[last()]";
    private static final By DIALOG = By.xpath(TOP_MODAL + "//form");

    private final Browser browser;

    AdminCustomerAddresses(Browser browser) {
        this.browser = browser;
        browser.findAll(By.cssSelector("dl.tabs dd a")).stream()
                .filter(tab -> tab.getText().trim().equals("Contact Info")).findFirst()
                .orElseThrow(() -> new AssertionError("No Contact Info tab")).click();
        browser.waitVisible(GRID);
    }

    /** Opens the "Add" dialog. */
    public AdminForm startAdding() {
        browser.find(GRID).findElement(By.cssSelector("button.sub-list-grid-add")).click();
        return dialog();
    }

    /** Selects the row whose text contains {@code text} and opens it with the grid's Edit button. */
    public AdminForm startEditing(String text) {
        row(text).click();
        WebElement edit = browser.find(GRID).findElement(By.cssSelector("button.sub-list-grid-update"));
        browser.until(ExpectedConditions.elementToBeClickable(edit)).click();
        return dialog();
    }

    /** Picks the country in the dialog through Broadleaf's lookup (a second dialog listing the countries). */
    public void chooseCountry(AdminForm dialog, String countryName) {
        WebElement lookup = dialog.fieldBox("address__country").findElement(By.cssSelector("button.to-one-lookup"));
        lookup.click();
        By countryRow = By.xpath(TOP_MODAL + "//tr[contains(@class,'clickable')]"
                + "[td[normalize-space(.)='" + countryName + "']]");
        browser.waitVisible(countryRow).click();
        browser.until(d -> dialog.fieldBox("address__country").getText().contains(countryName));
    }

    /** Ticks or unticks a Yes/No field of the dialog. */
    public void tick(AdminForm dialog, String property, boolean on) {
        dialog.choose(property, String.valueOf(on));
    }

    /** Saves the dialog; @return true when it closed (accepted), false when it stayed open with errors */
    public boolean save(AdminForm dialog) {
        WebElement modal = browser.find(By.xpath(TOP_MODAL));
        modal.findElement(By.cssSelector(".submit-button")).click();
        return "closed".equals(browser.until(d -> closedOrRefused(d, modal)));
    }

    public void close() {
        browser.findAll(By.cssSelector(".modal .close")).stream().filter(WebElement::isDisplayed).findFirst()
                .ifPresent(WebElement::click);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    }

    /** @return the grid's cell texts of the row containing {@code text}, by field name */
    public Map<String, String> cells(String text) {
        return row(text).findElements(By.cssSelector("td[data-fieldname]")).stream()
                .collect(Collectors.toMap(td -> td.getDomAttribute("data-fieldname"), td -> td.getText().trim()));
    }

    public List<WebElement> rows() {
        return browser.find(GRID).findElements(By.cssSelector("tbody tr[data-link]"));
    }

    public WebElement row(String text) {
        return browser.until(d -> rows().stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElse(null));
    }

    public Optional<String> error(AdminForm dialog, String property) {
        return dialog.fieldError(property);
    }

    private AdminForm dialog() {
        browser.waitVisible(By.xpath(TOP_MODAL + "//input[@name=\"fields['" + LINE1 + "'].value\"]"));
        return new AdminForm(browser, DIALOG);
    }

    /** @return "closed", "refused" (errors shown in the dialog) or null while the dialog is still busy */
    private static String closedOrRefused(WebDriver driver, WebElement modal) {
        try {
            if (!modal.isDisplayed()) {
                return "closed";
            }
            boolean errors = modal.findElements(By.cssSelector("span.error")).stream()
                    .anyMatch(e -> e.isDisplayed() && !e.getText().trim().isEmpty());
            return errors ? "refused" : null;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "closed";
        }
    }
}
