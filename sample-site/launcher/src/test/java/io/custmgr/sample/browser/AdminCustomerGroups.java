package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The admin's Customer Groups section ({@code /admin/customer-group}, under Customer Care). */
public final class AdminCustomerGroups {

    public static final String PATH = "customer-group";
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";

    private final AdminSection section;

    private AdminCustomerGroups(AdminSection section) {
        this.section = section;
    }

    static AdminCustomerGroups open(Browser browser, SampleSite site) {
        return new AdminCustomerGroups(AdminSection.open(browser, site, PATH));
    }

    /** The section for a user who may not create groups (no Add button to wait for). */
    static AdminCustomerGroups openWithoutAdd(Browser browser, SampleSite site) {
        return new AdminCustomerGroups(AdminSection.openWithoutAdd(browser, site, PATH));
    }

    /** The names the list shows, as text. */
    public List<String> names() {
        return section.column(NAME);
    }

    public Optional<WebElement> row(String name) {
        return section.rowElement(NAME, name);
    }

    /** The member count the list shows for a group. */
    public String memberCount(String name) {
        return row(name).orElseThrow(() -> new AssertionError("no group " + name + " listed"))
                .findElement(By.cssSelector("td[data-fieldname='memberCount']")).getText().trim();
    }

    /** Opens the "Add" dialog and fills it in; the dialog stays open until it is saved. */
    public AdminSection.AddDialog add(String name, String description) {
        return section.add(NAME, name, DESCRIPTION, description);
    }

    /** Opens a group's page and deletes it through its Delete button. */
    static void delete(Browser browser, SampleSite site, long groupId) {
        AdminSection.delete(browser, site, PATH, groupId);
    }
}
