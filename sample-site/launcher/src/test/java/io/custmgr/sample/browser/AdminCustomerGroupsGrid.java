package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** The "Groups" list on the admin's customer form, with its lookup to add groups. */
public final class AdminCustomerGroupsGrid {

    private static final By GRID = By.cssSelector("#customerGroups");
    private static final By ROWS = By.cssSelector("#customerGroups table tbody tr[data-link]");

    private final Browser browser;

    AdminCustomerGroupsGrid(Browser browser) {
        this.browser = browser;
        browser.until(d -> !d.findElements(GRID).isEmpty());
    }

    /** The group names the list shows, as text. */
    public List<String> names() {
        return browser.findAll(ROWS).stream()
                .map(row -> row.findElement(By.cssSelector("td[data-fieldname='name']")).getAttribute("textContent")
                        .trim())
                .collect(Collectors.toList());
    }

    public WebElement grid() {
        return browser.find(GRID);
    }

    /** Clicks "Add", picks the group in the lookup dialog and waits until the list shows it. */
    public void add(String groupName) {
        WebElement add = browser.find(By.cssSelector("#customerGroups button.sub-list-grid-add"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        By lookupRows = By.cssSelector(".modal table tbody tr[data-link]");
        browser.waitVisible(lookupRows);
        WebElement row = browser.findAll(lookupRows).stream()
                .filter(r -> groupName.equals(r.findElement(By.cssSelector("td[data-fieldname='name']"))
                        .getDomAttribute("data-fieldvalue")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The lookup offers no group " + groupName));
        row.findElement(By.cssSelector("td[data-fieldname='name']")).click();
        browser.until(d -> names().contains(groupName) && d.findElements(By.cssSelector(".modal")).stream()
                .noneMatch(WebElement::isDisplayed));
    }
}
