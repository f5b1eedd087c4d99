package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merchant creates customer groups under Customer Care (bad names answered at the field, markup in a name shown
 * as text), puts a customer into groups, grants the access flags, fills in fax and newsletter, sees the flags in the
 * customer list and the registration and update dates read-only; deleting a group takes its memberships with it.
 */
@BrowserTest
class CustomerGroupsBrowserIT {

    static final String LIBRARY_ALL_ACCESS = "customerProfile__libraryAllAccess";
    static final String MEMBER_DIRECTORY = "customerProfile__memberDirectory";
    static final String FAX = "customerProfile__fax";
    static final String NEWSLETTER = "customerProfile__newsletterOptIn";
    static final String DATE_PATTERN = "\\d{4}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}:\\d{2}";

    private Browser browser;
    private SampleSite site;
    private AdminConsole admin;

    @BeforeEach
    void signIn(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
        this.admin = new AdminConsole(browser, site).logIn();
    }

    @Test
    void groupsAreCreatedWithFieldErrorsForBadNamesAndMarkupShownAsText() {
        String name = "BT Wholesale " + Unique.token();
        assertTrue(AdminCustomerGroups.open(browser, site).add(name, "Trade buyers").save().isPresent());

        AdminSection.AddDialog duplicate = AdminCustomerGroups.open(browser, site)
                .add("  " + name.toUpperCase() + " ", "same name, other case");
        assertEquals(Optional.empty(), duplicate.save(), "a second group with the name is refused");
        assertEquals(Optional.of("Another group already has this name"),
                duplicate.fieldError(AdminCustomerGroups.NAME));

        duplicate.type(AdminCustomerGroups.NAME, "N".repeat(101));
        assertEquals(Optional.empty(), duplicate.save());
        String tooLong = duplicate.fieldError(AdminCustomerGroups.NAME).orElse("");
        assertTrue(tooLong.contains("100"), "the error names the limit: '" + tooLong + "'");

        duplicate.type(AdminCustomerGroups.NAME, "   ");
        assertEquals(Optional.empty(), duplicate.save());
        assertTrue(duplicate.fieldError(AdminCustomerGroups.NAME).isPresent(), "a blank name is refused");

        String markup = "<script>alert(1)</script><b>bold</b> & 'VIP' " + Unique.token();
        assertTrue(AdminCustomerGroups.open(browser, site).add(markup, "<i>italic</i>").save().isPresent());
        AdminCustomerGroups list = AdminCustomerGroups.open(browser, site);
        assertNoAlert();
        assertAll("group list",
                () -> assertTrue(list.names().contains(markup), "shown literally: " + list.names()),
                () -> assertTrue(list.names().contains(name)),
                () -> assertEquals(1, list.names().stream().filter(n -> n.equalsIgnoreCase(name)).count()),
                () -> assertEquals(List.of(), injectedElements()));
        Screenshots.save(browser, "admin-customer-groups");
    }

    @Test
    void customerGetsGroupsAccessFlagsAndContactFieldsAndDeletingAGroupEndsItsMemberships() {
        String wholesale = "BT Trade " + Unique.token();
        String markup = "<img src=x onerror=\"alert(3)\"><b>bold</b> " + Unique.token();
        long wholesaleId = AdminCustomerGroups.open(browser, site).add(wholesale, "").save().orElseThrow();
        AdminCustomerGroups.open(browser, site).add(markup, "").save().orElseThrow();

        String email = Unique.email("groups");
        AdminCustomerForm form = admin.addCustomer(email, "Greta", "Groups");
        String registered = readOnlyDate(form, "auditable--dateCreated");
        assertTrue(registered.matches(DATE_PATTERN), "registration date shown: '" + registered + "'");

        AdminCustomerGroupsGrid groups = new AdminCustomerGroupsGrid(browser);
        groups.add(wholesale);
        groups.add(markup);
        assertNoAlert();
        assertEquals(List.of(), injectedElements(), "markup of the group name rendered as HTML");

        form.choose(LIBRARY_ALL_ACCESS, "true");
        form.choose(MEMBER_DIRECTORY, "true");
        form.typeText(FAX, "+1 (512) 555-0100");
        form.choose(NEWSLETTER, "true");
        AdminCustomerForm saved = form.save();
        assertEquals("", saved.errorSummary(), "the save should be accepted");

        AdminCustomerForm reloaded = saved.reload(site);
        AdminCustomerGroupsGrid reloadedGroups = new AdminCustomerGroupsGrid(browser);
        String updated = readOnlyDate(reloaded, "auditable--dateUpdated");
        assertAll("customer after reload",
                () -> assertEquals("true", reloaded.value(LIBRARY_ALL_ACCESS)),
                () -> assertEquals("true", reloaded.value(MEMBER_DIRECTORY)),
                () -> assertEquals("+1 (512) 555-0100", reloaded.value(FAX)),
                () -> assertEquals("true", reloaded.value(NEWSLETTER)),
                () -> assertEquals("Business / Organization", reloaded.label(AdminCustomerForm.COMPANY)),
                () -> assertEquals(registered, readOnlyDate(reloaded, "auditable--dateCreated")),
                () -> assertTrue(updated.matches(DATE_PATTERN) && updated.compareTo(registered) >= 0,
                        "last update '" + updated + "' after registration '" + registered + "'"),
                () -> assertEquals(List.of(markup, wholesale), sorted(reloadedGroups.names())));

        AdminCustomerList list = admin.customerListFilteredBy(email);
        long id = reloaded.id();
        // the access flags are on the form, no list columns any more; the list still filters by them
        assertEquals(AdminCustomerList.COLUMNS, list.columnTitles(), "the list's columns");
        assertEquals(registered, list.cell(id, "auditable.dateCreated"));
        assertTrue(listedWith(email, "customerProfile.libraryAllAccess", "true"), "filter on the flag finds it");
        assertTrue(listedWith(email, "customerProfile.memberDirectory", "true"), "filter on the flag finds it");
        assertFalse(listedWith(email, "customerProfile.libraryAllAccess", "false"));
        assertFalse(listedWith(email, "customerProfile.memberDirectory", "false"));

        assertEquals("1", AdminCustomerGroups.open(browser, site).memberCount(wholesale),
                "the group list shows whom a delete affects");
        AdminCustomerGroups.delete(browser, site, wholesaleId);
        assertFalse(AdminCustomerGroups.open(browser, site).names().contains(wholesale), "the group is gone");
        reloaded.reload(site);
        assertEquals(List.of(markup), new AdminCustomerGroupsGrid(browser).names(),
                "the deleted group's membership went with it, the other stays");
    }

    @Test
    void faxWithLettersGivesAFieldErrorLikeThePhone() {
        AdminCustomerForm form = admin.addCustomer(Unique.email("fax"), "Felix", "Fax");
        form.typeText(FAX, "call me");

        AdminCustomerForm answer = form.save();

        String error = answer.fieldError(FAX).orElse("");
        assertTrue(error.contains("fax number"), "error at the fax: '" + error + "', summary '"
                + answer.errorSummary() + "'");
        assertEquals("", answer.reload(site).value(FAX), "nothing stored");
    }

    /** The text of a read-only date field; fails when the field offers any visible control to type into. */
    private String readOnlyDate(AdminCustomerForm form, String fieldBoxId) {
        WebElement box = browser.find(By.id("field-" + fieldBoxId));
        List<WebElement> editable = box.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"));
        assertEquals(List.of(), editable.stream().filter(WebElement::isDisplayed).collect(Collectors.toList()),
                fieldBoxId + " is read-only");
        return box.findElements(By.tagName("span")).stream().filter(WebElement::isDisplayed)
                .map(span -> span.getText().trim()).filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    /** Whether the customer list, filtered by e-mail and one more column, shows the customer. */
    private boolean listedWith(String email, String column, String value) {
        browser.open(site.admin("customer") + "?emailAddress=" + email.replace("+", "%2B") + "&" + column + "="
                + value);
        browser.waitVisible(By.cssSelector("table.list-grid-table"));
        return browser.findAll(By.cssSelector("table tbody tr[data-link]")).stream()
                .anyMatch(row -> row.getText().contains(email));
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "the page opened a JavaScript alert: typed script was run");
    }

    private List<String> injectedElements() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('img[src=\"x\"], img[onerror], b, i'))"
                        + ".filter(e => e.textContent === 'bold' || e.textContent === 'italic' || e.tagName === 'IMG')"
                        + ".map(e => e.outerHTML);");
        return found;
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().collect(Collectors.toList());
    }
}
