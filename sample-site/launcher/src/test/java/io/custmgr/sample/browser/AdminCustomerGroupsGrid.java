package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Groups" list on the admin's customer form, with its lookup to add groups; also any other lookup list of an
 * admin form whose rows have a {@code name} column (e.g. an admin user's roles).
 */
public final class AdminCustomerGroupsGrid {

    private final Browser browser;
    private final String id;
    private final By grid;
    private final By rows;

    AdminCustomerGroupsGrid(Browser browser) {
        this(browser, "customerGroups");
    }

    /** @param id the list's container id: the collection's property name */
    AdminCustomerGroupsGrid(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
        this.grid = By.cssSelector("#" + id);
        this.rows = By.cssSelector("#" + id + " table tbody tr[data-link]");
        browser.until(d -> !d.findElements(grid).isEmpty());
    }

    /** Whether the list offers its "Add" button (it does not without the permission to change the collection). */
    public boolean offersAdd() {
        return browser.findAll(By.cssSelector("#" + id + " button.sub-list-grid-add")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    /** The group names the list shows, as text. */
    public List<String> names() {
        return browser.findAll(rows).stream()
                .map(row -> row.findElement(By.cssSelector("td[data-fieldname='name']")).getAttribute("textContent")
                        .trim())
                .collect(Collectors.toList());
    }

    public WebElement grid() {
        return browser.find(grid);
    }

    /** Clicks "Add", picks the group in the lookup dialog and waits until the list shows it. */
    public void add(String groupName) {
        add("name", groupName);
    }

    /** Clicks "Add", picks the row whose {@code column} shows {@code value} and waits until the list shows it. */
    public void add(String column, String value) {
        WebElement add = browser.find(By.cssSelector("#" + id + " button.sub-list-grid-add"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        By lookupRows = By.cssSelector(".modal table tbody tr[data-link]");
        browser.waitVisible(lookupRows);
        By cell = By.cssSelector("td[data-fieldname='" + column + "']");
        WebElement row = browser.findAll(lookupRows).stream()
                .filter(r -> value.equals(r.findElement(cell).getDomAttribute("data-fieldvalue")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The lookup offers no " + column + " " + value));
        row.findElement(cell).click();
        browser.until(d -> {
            try {
                return d.findElements(By.cssSelector(".modal")).stream().noneMatch(WebElement::isDisplayed)
                        && browser.findAll(rows).stream().anyMatch(r -> !r.findElements(cell).isEmpty()
                                && value.equals(r.findElement(cell).getDomAttribute("data-fieldvalue")));
            } catch (StaleElementReferenceException e) {
                return false; // the list is being replaced
            }
        });
    }
}
