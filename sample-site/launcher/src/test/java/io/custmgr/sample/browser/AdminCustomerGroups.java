package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The admin's Customer Groups section ({@code /admin/customer-group}, under Customer Care). */
public final class AdminCustomerGroups {

    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";

    private static final Pattern GROUP_ID = Pattern.compile("/customer-group/(\\d+)(?:[/?#;]|$)");
    private static final By ADD_DIALOG = By.cssSelector(".modal form.modal-add-entity-form");

    private final Browser browser;
    private final SampleSite site;

    AdminCustomerGroups(Browser browser, SampleSite site) {
        this(browser, site, true);
    }

    /** @param mayAdd whether to wait for the Add button (a user allowed to create groups sees it) */
    AdminCustomerGroups(Browser browser, SampleSite site, boolean mayAdd) {
        this.browser = browser;
        this.site = site;
        browser.waitVisible(mayAdd ? By.cssSelector("button.add-main-entity") : By.cssSelector("table.list-grid-table"));
    }

    static AdminCustomerGroups open(Browser browser, SampleSite site) {
        browser.open(site.admin("customer-group"));
        return new AdminCustomerGroups(browser, site);
    }

    /** The names the list shows, as text. */
    public List<String> names() {
        return browser.findAll(By.cssSelector("table tbody tr[data-link] td[data-fieldname='name']")).stream()
                .map(cell -> cell.getText().trim()).collect(Collectors.toList());
    }

    public Optional<WebElement> row(String name) {
        return browser.findAll(By.cssSelector("table tbody tr[data-link]")).stream()
                .filter(row -> name.equals(row.findElement(By.cssSelector("td[data-fieldname='name']"))
                        .getDomAttribute("data-fieldvalue")))
                .findFirst();
    }

    /** The member count the list shows for a group. */
    public String memberCount(String name) {
        return row(name).orElseThrow(() -> new AssertionError("no group " + name + " listed"))
                .findElement(By.cssSelector("td[data-fieldname='memberCount']")).getText().trim();
    }

    /** Opens the "Add" dialog and fills it in; the dialog stays open until {@link AddDialog#save()}. */
    public AddDialog add(String name, String description) {
        browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
        browser.waitVisible(ADD_DIALOG);
        AddDialog dialog = new AddDialog();
        dialog.form.typeText(NAME, name);
        dialog.form.typeText(DESCRIPTION, description);
        return dialog;
    }

    /** The Add dialog of the section. */
    public final class AddDialog {

        final AdminForm form = new AdminForm(browser, ADD_DIALOG);

        /** Saves; @return the new group's id, or empty when the dialog answered with errors (it stays open) */
        public Optional<Long> save() {
            String listUrl = browser.currentUrl();
            // errors of an earlier answer are marked, so the wait is for this answer's
            browser.script("document.querySelectorAll('.modal span.error').forEach(e => e.dataset.seen = 'true');");
            browser.waitVisible(By.cssSelector(".modal .submit-button")).click();
            browser.until(d -> !d.getCurrentUrl().equals(listUrl) || d.findElements(
                    By.cssSelector(".modal span.error:not([data-seen])")).stream().anyMatch(WebElement::isDisplayed));
            if (browser.currentUrl().equals(listUrl)) {
                return Optional.empty();
            }
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
            Matcher id = GROUP_ID.matcher(browser.currentUrl());
            if (!id.find()) {
                throw new AssertionError("Not a group page after adding: " + browser.currentUrl());
            }
            return Optional.of(Long.parseLong(id.group(1)));
        }

        public Optional<String> fieldError(String property) {
            return browser.findAll(By.cssSelector(".modal span.error:not([data-seen])")).stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(t -> !t.isEmpty())
                    .filter(t -> isAt(property, t)).findFirst();
        }

        /** Whether the modal shows this error text inside the property's field box. */
        private boolean isAt(String property, String text) {
            return form.fieldBox(property).getText().contains(text);
        }

        public void typeName(String name) {
            form.typeText(NAME, name);
        }
    }

    /** Opens a group's page and deletes it through its Delete button (Broadleaf 3.1 asks no question). */
    static void delete(Browser browser, SampleSite site, long groupId) {
        browser.open(site.admin("customer-group/" + groupId));
        WebElement delete = browser.waitVisible(By.cssSelector("button.delete-button"));
        browser.andWaitForNewPage(delete::click);
    }
}
