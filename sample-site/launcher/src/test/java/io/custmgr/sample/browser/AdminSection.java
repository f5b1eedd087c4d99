package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain admin section of one entity with a list and an Add dialog, e.g. Blocked IPs ({@code /admin/blocked-ip}),
 * Disposable E-mail Domains ({@code /admin/disposable-email-domain}) or Customer Groups ({@code /admin/customer-group})
 * under Customer Care.
 */
public final class AdminSection {

    public static final String BLOCKED_IPS = "blocked-ip";
    public static final String DISPOSABLE_DOMAINS = "disposable-email-domain";

    private static final By ADD_DIALOG = By.cssSelector(".modal form.modal-add-entity-form");

    private final Browser browser;
    private final String path;
    private final Pattern entityId;

    private AdminSection(Browser browser, String path, boolean mayAdd) {
        this.browser = browser;
        this.path = path;
        this.entityId = Pattern.compile("/" + Pattern.quote(path) + "/(\\d+)(?:[/?#;]|$)");
        browser.waitVisible(mayAdd ? By.cssSelector("button.add-main-entity") : By.cssSelector("table.list-grid-table"));
    }

    private AdminSection(Browser browser, String path) {
        this(browser, path, true);
    }

    /** @param path the section's path under the admin, e.g. {@link #BLOCKED_IPS} */
    static AdminSection open(Browser browser, SampleSite site, String path) {
        browser.open(site.admin(path));
        return new AdminSection(browser, path);
    }

    /** The section as a user who may not add to it sees it: waits for the list, not the Add button. */
    static AdminSection openWithoutAdd(Browser browser, SampleSite site, String path) {
        browser.open(site.admin(path));
        return new AdminSection(browser, path, false);
    }

    /** The texts the list shows in a column, top to bottom. */
    public List<String> column(String property) {
        return browser.findAll(By.cssSelector("table tbody tr[data-link] td[data-fieldname='" + property + "']"))
                .stream().map(cell -> cell.getText().trim()).collect(Collectors.toList());
    }

    /** @return the list row whose {@code property} holds exactly {@code value} (the stored value, not the text) */
    public Optional<WebElement> rowElement(String property, String value) {
        return browser.findAll(By.cssSelector("table tbody tr[data-link]")).stream()
                .filter(row -> row.findElements(By.cssSelector("td[data-fieldname='" + property + "']")).stream()
                        .anyMatch(cell -> value.equals(cell.getDomAttribute("data-fieldvalue"))))
                .findFirst();
    }

    /** Narrows the list with the grid's filter on a column (the list shows one page). */
    static AdminSection openFiltered(Browser browser, SampleSite site, String path, String property, String value) {
        browser.open(site.admin(path) + "?" + property + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8));
        return new AdminSection(browser, path);
    }

    /** @return the row whose {@code property} cell shows exactly {@code text}, as column name → text, if listed */
    public Optional<Map<String, String>> row(String property, String text) {
        return browser.findAll(By.cssSelector("table tbody tr[data-link]")).stream()
                .filter(row -> row.findElements(By.cssSelector("td[data-fieldname='" + property + "']")).stream()
                        .anyMatch(cell -> text.equals(cell.getText().trim())))
                .findFirst().map(AdminSection::cells);
    }

    private static Map<String, String> cells(WebElement row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (WebElement cell : row.findElements(By.cssSelector("td[data-fieldname]"))) {
            cells.put(cell.getDomAttribute("data-fieldname"), cell.getText().trim());
        }
        return cells;
    }

    /**
     * Opens the "Add" dialog and fills it in; the dialog stays open until {@link AddDialog#save()}.
     * @param propertiesAndValues property / text pairs to type
     */
    public AddDialog add(String... propertiesAndValues) {
        browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
        browser.waitVisible(ADD_DIALOG);
        AddDialog dialog = new AddDialog();
        for (int i = 0; i < propertiesAndValues.length; i += 2) {
            dialog.form.typeText(propertiesAndValues[i], propertiesAndValues[i + 1]);
        }
        return dialog;
    }

    /** The Add dialog of the section. */
    public final class AddDialog {

        final AdminForm form = new AdminForm(browser, ADD_DIALOG);

        /** Saves; @return the new entity's id, or empty when the dialog answered with errors (it stays open) */
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
            Matcher id = entityId.matcher(browser.currentUrl());
            if (!id.find()) {
                throw new AssertionError("Not a " + path + " page after adding: " + browser.currentUrl());
            }
            return Optional.of(Long.parseLong(id.group(1)));
        }

        /** The error shown inside the property's field box, if any. */
        public Optional<String> fieldError(String property) {
            String box = form.fieldBox(property).getText();
            return browser.findAll(By.cssSelector(".modal span.error:not([data-seen])")).stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(t -> !t.isEmpty())
                    .filter(box::contains).findFirst();
        }

        public void type(String property, String text) {
            form.typeText(property, text);
        }
    }

    /** Opens an entity's page and deletes it through its Delete button (Broadleaf 3.1 asks no question). */
    static void delete(Browser browser, SampleSite site, String path, long id) {
        browser.open(site.admin(path + "/" + id));
        WebElement delete = browser.waitVisible(By.cssSelector("button.delete-button"));
        browser.andWaitForNewPage(delete::click);
    }
}
