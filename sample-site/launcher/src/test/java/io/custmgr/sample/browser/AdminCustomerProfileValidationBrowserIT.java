package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.custmgr.sample.browser.AdminCustomerForm.COMPANY;
import static io.custmgr.sample.browser.AdminCustomerForm.DATE_OF_BIRTH;
import static io.custmgr.sample.browser.AdminCustomerForm.PHONE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input in the customer form's profile fields: the admin shows an error at the field after Save and keeps what
 * was stored before. Each test starts from its own customer with a known, valid profile.
 */
@BrowserTest
class AdminCustomerProfileValidationBrowserIT {

    private static final LocalDate ORIGINAL_BIRTH_DATE = LocalDate.of(1984, 2, 29);
    private static final String ORIGINAL_BIRTH_DATE_SHOWN = "02/29/1984 00:00:00";
    private static final String ORIGINAL_PHONE = "+1 512 555-0199";

    private SampleSite site;
    private AdminCustomerForm form;
    private String originalCompany;

    @BeforeEach
    void customerWithValidProfile(Browser browser, SampleSite site) {
        this.site = site;
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        originalCompany = "Original Co " + Unique.token();
        AdminCustomerForm created = admin.addCustomer(Unique.email("invalid"), "Vera", "Validation");
        created.typeDateOfBirth(ORIGINAL_BIRTH_DATE);
        created.typeText(COMPANY, originalCompany);
        created.typeText(PHONE, ORIGINAL_PHONE);
        AdminCustomerForm saved = created.save();
        assertEquals("", saved.errorSummary(), "setting up the customer's valid profile");
        form = saved.reload(site);
        assertOriginalProfile(form);
    }

    @Test
    void malformedDateOfBirthGivesAFieldErrorAndSavesNothing() {
        form.typeText(COMPANY, "Changed Co " + Unique.token());
        // Typed, then straight to Save: the date picker stays open, as it would for a merchant.
        form.typeText(DATE_OF_BIRTH, "31/02/banana");
        String typed = "typed '31/02/banana', the field showed '" + form.dateOfBirthShown() + "' before Save";

        AdminCustomerForm answer = form.save();

        assertFieldError(answer, DATE_OF_BIRTH, typed);
        assertOriginalProfile(answer.reload(site));
    }

    @Test
    void companyLongerThanTheColumnGivesAFieldErrorAndSavesNothing() {
        // Typed key by key (about 15 s), as a merchant would: a maxlength on the input would show here too.
        form.typeText(COMPANY, "C".repeat(10_000));
        form.typeText(PHONE, "+1 512 555-0142");

        AdminCustomerForm answer = form.save();

        String error = assertFieldError(answer, COMPANY);
        assertTrue(error.contains("255"), "the error names the limit: " + error);
        assertOriginalProfile(answer.reload(site));
    }

    @Test
    void futureDateOfBirthGivesAFieldErrorAndSavesNothing() {
        form.typeText(COMPANY, "Changed Co " + Unique.token());
        form.typeDateOfBirth(LocalDate.now().plusYears(1));

        AdminCustomerForm answer = form.save();

        String error = assertFieldError(answer, DATE_OF_BIRTH);
        assertTrue(error.contains("cannot be in the future"), "error: " + error);
        assertOriginalProfile(answer.reload(site));
    }

    @Test
    void phoneWithLettersGivesAFieldErrorAndSavesNothing() {
        form.typeText(COMPANY, "Changed Co " + Unique.token());
        form.typeText(PHONE, "abc");

        AdminCustomerForm answer = form.save();

        String error = assertFieldError(answer, PHONE);
        assertTrue(error.contains("phone number"), "error: " + error);
        assertOriginalProfile(answer.reload(site));
    }

    private static String assertFieldError(AdminCustomerForm answer, String property) {
        return assertFieldError(answer, property, "");
    }

    /** @return the field's error text, after checking it is shown, and is the only field with an error */
    private static String assertFieldError(AdminCustomerForm answer, String property, String context) {
        String answered = (context.isEmpty() ? "" : context + "; ") + "the admin answered with flash message '"
                + answer.flashMessage() + "', error summary '" + answer.errorSummary() + "'; Date of Birth shows '"
                + answer.dateOfBirthShown() + "'";
        assertFalse(answer.errorSummary().isEmpty(), "the form should report an error: " + answered);
        Optional<String> error = answer.fieldError(property);
        assertTrue(error.isPresent(), "no error shown at " + property + ": " + answered);
        for (String other : new String[] {COMPANY, PHONE, DATE_OF_BIRTH}) {
            if (!other.equals(property)) {
                assertEquals(Optional.empty(), answer.fieldError(other), "unexpected error at " + other);
            }
        }
        return error.get();
    }

    private void assertOriginalProfile(AdminCustomerForm reloaded) {
        assertAll("stored profile",
                () -> assertEquals(originalCompany, reloaded.value(COMPANY)),
                () -> assertEquals(ORIGINAL_PHONE, reloaded.value(PHONE)),
                () -> assertEquals(ORIGINAL_BIRTH_DATE_SHOWN, reloaded.dateOfBirthShown()));
    }
}
