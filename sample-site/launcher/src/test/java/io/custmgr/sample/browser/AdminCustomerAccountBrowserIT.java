package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.custmgr.sample.browser.AdminCustomerForm.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account part of the admin's customer form, checked through the storefront's real login form: the e-mail is the
 * login and unique, passwords change only with "Update password", a disabled account cannot sign in — and every
 * change shows on the customer's Audit tab with the admin who made it.
 */
@BrowserTest
class AdminCustomerAccountBrowserIT {

    private static final String PASSWORD = "Secret123";
    private static final String NEW_PASSWORD = "Fresh4567";
    private static final String NEW_PASSWORD_FIELD = "cmNewPassword";
    private static final String CONFIRMATION_FIELD = "cmNewPasswordConfirm";
    private static final String UPDATE_SWITCH = "cmUpdatePassword";

    @Test
    void anEmailInUseIgnoringCaseIsAFieldErrorNamingTheOwnerAndChangesNothing(Browser browser, SampleSite site) {
        String taken = Unique.email("taken");
        new StorefrontShopper(browser, site, taken, PASSWORD).register("Tina", "Taken");
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long ownerId = admin.customerIdOf(taken);
        String original = Unique.email("other");
        AdminCustomerForm form = admin.addCustomer(original, "Otto", "Other");

        form.typeText(EMAIL, "  " + taken.toUpperCase() + " ");
        AdminCustomerForm answer = form.save();

        String error = answer.fieldError(EMAIL).orElseThrow(() -> new AssertionError("no error at the e-mail field"));
        assertTrue(error.contains(String.valueOf(ownerId)), "the error names the customer holding it: " + error);
        assertEquals(original, answer.reload(site).value(EMAIL), "nothing saved");
    }

    @Test
    void anEmailChangedByTheAdminIsTheNewLoginAndIsAudited(Browser browser, SampleSite site) {
        String before = Unique.email("before");
        StorefrontShopper shopper = new StorefrontShopper(browser, site, before, PASSWORD).register("Emma", "Mail");
        shopper.logOut();
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.customer(admin.customerIdOf(before));
        String after = Unique.email("after");

        form.typeText(EMAIL, " " + after + " ");
        assertEquals("", form.save().errorSummary());

        assertFalse(new StorefrontShopper(browser, site, before, PASSWORD).logIn(PASSWORD), "old login refused");
        assertTrue(new StorefrontShopper(browser, site, after, PASSWORD).logIn(PASSWORD), "new login accepted");
        List<Map<String, String>> audit = auditRows(browser, site, form.id());
        Map<String, String> emailChange = row(audit, "emailAddress");
        assertEquals(before, emailChange.get("before"));
        assertEquals(after, emailChange.get("after"), "stored trimmed");
        assertEquals(AdminConsole.USERNAME, emailChange.get("actor"));
        assertFalse(emailChange.get("ip").isEmpty(), "the admin's IP");
    }

    @Test
    void thePasswordChangesOnlyWithTheSwitchAndAfterThePolicy(Browser browser, SampleSite site) {
        String email = Unique.email("password");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Paul", "Word").logOut();
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        AdminCustomerForm form = admin.customer(admin.customerIdOf(email));

        form.typeText(NEW_PASSWORD_FIELD, NEW_PASSWORD);
        form.typeText(CONFIRMATION_FIELD, NEW_PASSWORD);
        assertEquals("", form.save().errorSummary(), "switch left off: a plain save");
        form = form.reload(site);
        assertEquals("", form.value(NEW_PASSWORD_FIELD), "never shown back");

        form.tick(UPDATE_SWITCH, true);
        form.typeText(NEW_PASSWORD_FIELD, NEW_PASSWORD);
        form.typeText(CONFIRMATION_FIELD, NEW_PASSWORD + "x");
        assertTrue(form.save().fieldError(CONFIRMATION_FIELD).isPresent(), "mismatch shown at the retype field");

        form = form.reload(site);
        form.tick(UPDATE_SWITCH, true);
        form.typeText(NEW_PASSWORD_FIELD, "letters");
        form.typeText(CONFIRMATION_FIELD, "letters");
        Optional<String> weak = form.save().fieldError(NEW_PASSWORD_FIELD);
        assertTrue(weak.isPresent() && weak.get().contains("8"), "too short, the error names the minimum: " + weak);

        assertTrue(new StorefrontShopper(browser, site, email, PASSWORD).logIn(PASSWORD),
                "refused changes left the password as it was");

        form = admin.logIn().customer(form.id());
        form.tick(UPDATE_SWITCH, true);
        form.typeText(NEW_PASSWORD_FIELD, NEW_PASSWORD);
        form.typeText(CONFIRMATION_FIELD, NEW_PASSWORD);
        assertEquals("", form.save().errorSummary());

        assertFalse(new StorefrontShopper(browser, site, email, PASSWORD).logIn(PASSWORD), "old password refused");
        assertTrue(new StorefrontShopper(browser, site, email, NEW_PASSWORD).logIn(NEW_PASSWORD),
                "the new password signs in (salted by the customer id on both webapps)");
        List<Map<String, String>> audit = auditRows(browser, site, form.id());
        Map<String, String> change = audit.stream().filter(r -> r.get("action").equals("Password changed"))
                .findFirst().orElseThrow(() -> new AssertionError("no password change on the Audit tab: " + audit));
        assertEquals("", change.get("before") + change.get("after"), "never the value");
        assertEquals(1, audit.stream().filter(r -> r.get("action").equals("Password changed")).count(),
                "refused attempts changed nothing");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain(Browser browser, SampleSite site) {
        String email = Unique.email("disabled");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Dora", "Disabled").logOut();
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long id = admin.customerIdOf(email);

        setDeactivated(browser, site, id, true);
        assertFalse(new StorefrontShopper(browser, site, email, PASSWORD).logIn(PASSWORD), "disabled: refused");
        assertTrue(browser.find(org.openqa.selenium.By.id("login-error")).isDisplayed(), "the form says so");

        admin.logIn();
        setDeactivated(browser, site, id, false);
        assertTrue(new StorefrontShopper(browser, site, email, PASSWORD).logIn(PASSWORD), "enabled again");

        List<Map<String, String>> audit = auditRows(browser, site, id);
        assertEquals("Account enabled", audit.get(0).get("action"), "newest first: " + audit);
        assertTrue(audit.stream().anyMatch(r -> r.get("action").equals("Account disabled")), audit.toString());
    }

    private static void setDeactivated(Browser browser, SampleSite site, long id, boolean deactivated) {
        AdminCustomerForm form = new AdminConsole(browser, site).customer(id).openTab("Advanced");
        form.choose("deactivated", String.valueOf(deactivated));
        assertEquals("", form.save().errorSummary());
    }

    /** The Audit tab of the customer, read in a fresh admin session. */
    static List<Map<String, String>> auditRows(Browser browser, SampleSite site, long customerId) {
        return new AdminConsole(browser, site).logIn().customer(customerId).openTab("Audit")
                .gridRows("cmAuditTrail");
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String field) {
        return rows.stream().filter(r -> field.equals(r.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no audit row for " + field + ": " + rows));
    }
}
