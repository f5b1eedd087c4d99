package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.util.List;

import static io.custmgr.sample.browser.AdminCustomerForm.ADMIN_COMMENT;
import static io.custmgr.sample.browser.AdminCustomerForm.COMPANY;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Markup typed into the profile fields is data, not page content: the admin shows it literally, in the customer
 * form and in the customer list, and never runs it.
 */
@BrowserTest
class AdminHtmlEscapingBrowserIT {

    private static final String SCRIPT_COMPANY = "<script>alert(1)</script>";
    private static final String MARKUP_COMMENT = "<img src=x onerror=\"alert(2)\"><b>bold</b> & 'quoted'";

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
    void scriptAndMarkupInProfileFieldsAreShownLiterallyAndNeverRun() {
        String email = Unique.email("escaping");
        AdminCustomerForm form = admin.addCustomer(email, "Eve", "Escaping");
        form.typeText(COMPANY, SCRIPT_COMPANY);
        form.typeText(ADMIN_COMMENT, MARKUP_COMMENT);
        AdminCustomerForm saved = form.save();
        assertEquals("", saved.errorSummary(), "the save should be accepted");

        AdminCustomerForm reloaded = saved.reload(site);
        assertNoAlert();
        assertAll("customer form",
                () -> assertEquals(SCRIPT_COMPANY, reloaded.value(COMPANY)),
                () -> assertEquals(MARKUP_COMMENT, reloaded.value(ADMIN_COMMENT)),
                () -> assertEquals(List.of(), injectedElements(), "elements built from the typed markup"),
                () -> assertEquals(List.of(), scriptsContaining("alert("), "scripts with the typed code"));

        AdminCustomerList list = admin.customerListFilteredBy(email);
        assertNoAlert();
        long id = reloaded.id();
        WebElement companyCell = list.row(id).orElseThrow().findElement(
                By.cssSelector("td[data-fieldname='" + AdminCustomerList.COMPANY + "']"));
        assertAll("customer list",
                () -> assertEquals(SCRIPT_COMPANY, list.cell(id, AdminCustomerList.COMPANY)),
                () -> assertEquals(SCRIPT_COMPANY, companyCell.getDomAttribute("data-fieldvalue")),
                () -> assertEquals(List.of(), companyCell.findElements(By.cssSelector("script, img, b")),
                        "elements inside the company cell"),
                () -> assertEquals(List.of(), scriptsContaining("alert("), "scripts with the typed code"));
        assertNoAlert();
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "the page opened a JavaScript alert: typed script was run");
    }

    /** @return the elements the typed markup would have created if the page had rendered it as HTML */
    private List<String> injectedElements() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('img[src=\"x\"], img[onerror], b'))"
                        + ".filter(e => e.tagName !== 'B' || e.textContent === 'bold')"
                        + ".map(e => e.outerHTML);");
        return found;
    }

    private List<String> scriptsContaining(String code) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.script(
                "return Array.from(document.scripts).filter(s => s.textContent.includes(arguments[0]))"
                        + ".map(s => s.outerHTML);", code);
        return found;
    }
}
