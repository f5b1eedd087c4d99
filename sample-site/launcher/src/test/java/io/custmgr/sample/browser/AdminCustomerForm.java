package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin's Customer edit page ({@code /admin/customer/{id}}) and its "Profile" group. */
public final class AdminCustomerForm extends AdminForm {

    public static final String ACTIVITY_STATUS = "customerProfile__activityStatus";
    public static final String GENDER = "customerProfile__gender";
    public static final String DATE_OF_BIRTH = "customerProfile__dateOfBirth";
    public static final String COMPANY = "customerProfile__company";
    public static final String PHONE = "customerProfile__phone";
    public static final String TAX_EXEMPT = "customerProfile__taxExempt";
    public static final String ADMIN_COMMENT = "customerProfile__adminComment";
    public static final String EMAIL = "emailAddress";
    public static final String GUEST = "guestProfile__guest";

    /** What the admin's date picker shows and accepts (it converts to Broadleaf's yyyy.MM.dd HH:mm:ss on save). */
    public static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final long id;

    AdminCustomerForm(Browser browser, long id) {
        super(browser, By.cssSelector("form.entity-form"));
        this.id = id;
        browser.waitVisible(By.cssSelector("form.entity-form"));
    }

    public long id() {
        return id;
    }

    /** The titles of the form's field groups, e.g. "Profile". */
    public List<String> groupTitles() {
        return form().findElements(By.cssSelector("fieldset > legend")).stream()
                .map(legend -> legend.getDomProperty("textContent").trim())
                .collect(Collectors.toList());
    }

    /** The title of the form's first field group and the labels of its fields, in order ("Customer", "First Name", ...). */
    public List<String> firstGroup() {
        WebElement group = form().findElements(By.cssSelector(".entityFormTab fieldset")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("the form shows no field group"));
        List<String> titleAndLabels = new java.util.ArrayList<>();
        titleAndLabels.add(group.findElement(By.tagName("legend")).getDomProperty("textContent").trim());
        group.findElements(By.cssSelector(".field-box .field-label")).stream().filter(WebElement::isDisplayed)
                .map(label -> label.getText().trim()).forEach(titleAndLabels::add);
        return titleAndLabels;
    }

    /** The text a read-only field shows (its value as words, not the stored value). */
    public String readOnlyText(String property) {
        return fieldBox(property).findElement(By.cssSelector(".custmgr-readonly-value")).getText().trim();
    }

    /** The label the form shows for a field. */
    public String label(String property) {
        return fieldBox(property).findElement(By.cssSelector(".field-label")).getText().trim();
    }

    /**
     * Types a date into the date-of-birth picker the way its display format expects, then closes the picker with
     * Escape so that it no longer covers the fields below.
     */
    public void typeDateOfBirth(LocalDate date) {
        typeText(DATE_OF_BIRTH, date.format(DISPLAY_DATE) + " 00:00:00");
        control(DATE_OF_BIRTH).sendKeys(Keys.ESCAPE);
    }

    /** @return the date the picker shows, e.g. {@code 03/14/1990 00:00:00}, or "" */
    public String dateOfBirthShown() {
        return value(DATE_OF_BIRTH);
    }

    /** Clicks Save and waits for the page the admin answers with (the form again, with or without errors). */
    public AdminCustomerForm save() {
        WebElement save = browser.findAll(By.cssSelector("button.submit-button")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No visible Save button on " + browser.currentUrl()));
        try {
            browser.andWaitForNewPage(save::click);
        } catch (TimeoutException e) {
            throw new AssertionError("Save did not send the form: still on the same page after " + Browser.WAIT
                    + " (Date of Birth shows '" + dateOfBirthShown() + "')", e);
        }
        return new AdminCustomerForm(browser, id);
    }

    /**
     * Clicks Broadleaf's Delete and waits for the answer: the customer list when the customer was deleted, this form
     * again (with the reason in the header message) when it was not. @return whether the form was left
     */
    public boolean delete() {
        WebElement delete = browser.findAll(By.cssSelector("button.delete-button")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No visible Delete button on " + browser.currentUrl()));
        browser.andWaitForNewPage(delete::click);
        return !browser.currentUrl().matches(".*/customer/" + id + "([?#].*)?$");
    }

    /** @return the message the admin flashes at the top after a save (e.g. "Successfully saved"), or "" */
    public String flashMessage() {
        return browser.findAll(By.cssSelector("#headerFlashAlertBox .alert-box-message")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.joining("\n"));
    }

    /** @return the error summary at the top of the form, or "" when the last save was accepted */
    public String errorSummary() {
        return browser.findAll(By.cssSelector("form.entity-form div.errors")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.joining("\n"));
    }

    /** Shows one of the form's tabs (by its title, e.g. "Advanced" or "Audit"). */
    public AdminCustomerForm openTab(String title) {
        WebElement tab = browser.findAll(By.cssSelector("dl.tabs dd a")).stream()
                .filter(link -> link.getText().trim().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("The form has no tab " + title));
        tab.click();
        return this;
    }

    /**
     * The rows of one of the module's read-only grids (e.g. {@code cmAuditTrail}), each as column name to the text
     * the cell shows; rows in page order.
     */
    public List<Map<String, String>> gridRows(String gridKey) {
        return browser.findAll(By.cssSelector("#" + gridKey + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("td[data-fieldname]")).stream()
                        .collect(Collectors.toMap(cell -> cell.getDomAttribute("data-fieldname"),
                                cell -> cell.getDomProperty("textContent").trim(), (a, b) -> a,
                                LinkedHashMap::new)))
                .filter(cells -> !cells.isEmpty())
                .collect(Collectors.toList());
    }

    /** Opens this customer again from the server (a fresh GET, nothing kept from the form). */
    public AdminCustomerForm reload(SampleSite site) {
        browser.open(site.admin("customer/" + id));
        return new AdminCustomerForm(browser, id);
    }
}
