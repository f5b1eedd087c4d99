package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.custmgr.sample.browser.AdminCustomerForm.ACTIVITY_STATUS;
import static io.custmgr.sample.browser.AdminCustomerForm.ADMIN_COMMENT;
import static io.custmgr.sample.browser.AdminCustomerForm.COMPANY;
import static io.custmgr.sample.browser.AdminCustomerForm.DATE_OF_BIRTH;
import static io.custmgr.sample.browser.AdminCustomerForm.GENDER;
import static io.custmgr.sample.browser.AdminCustomerForm.PHONE;
import static io.custmgr.sample.browser.AdminCustomerForm.TAX_EXEMPT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A merchant edits a customer's profile fields in the admin: they are saved and shown in the customer list. */
@BrowserTest
class AdminCustomerProfileBrowserIT {

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
    void customerFormHasTheProfileGroupWithAllProfileFields() {
        AdminCustomerForm form = admin.addCustomer(Unique.email("fields"), "Fiona", "Fields");

        assertTrue(form.groupTitles().contains("Profile"), "groups: " + form.groupTitles());
        assertAll(
                () -> assertEquals("Activity Status", form.label(ACTIVITY_STATUS)),
                () -> assertEquals("Gender", form.label(GENDER)),
                () -> assertEquals("Date of Birth", form.label(DATE_OF_BIRTH)),
                () -> assertEquals("Business / Organization", form.label(COMPANY)),
                () -> assertEquals("Phone", form.label(PHONE)),
                () -> assertEquals("Tax Exempt", form.label(TAX_EXEMPT)),
                () -> assertEquals("Admin Comment", form.label(ADMIN_COMMENT)),
                () -> assertEquals("textarea", form.control(ADMIN_COMMENT).getTagName()));
    }

    @Test
    void customerFormOpensOnWhoTheCustomerIsWithFlagsAsWords() {
        AdminCustomerForm form = admin.addCustomer(Unique.email("identity"), "Ida", "Identity");

        assertEquals(List.of("Customer", "First Name", "Last Name", "Email Address", "Activity Status", "Guest"),
                form.firstGroup(), "the form's first group");
        assertEquals("Account", form.readOnlyText(AdminCustomerForm.GUEST), "a read-only flag in words");
    }

    @Test
    void editedProfileFieldsArePersistedAndShownInTheCustomerList() {
        String email = Unique.email("profile");
        long id = admin.addCustomer(email, "Petra", "Profile").id();
        AdminCustomerList customers = admin.customerListFilteredBy(email);
        assertEquals(1, customers.rows().size(), "customers listed for " + email);
        AdminCustomerForm form = customers.open(id);
        assertEquals(id, form.id());
        assertEquals("ACTIVE", form.value(ACTIVITY_STATUS));
        assertEquals("false", form.value(TAX_EXEMPT));

        String company = "Chili Imports " + Unique.token() + " GmbH";
        String phone = "+49 (30) 1234-5678";
        String comment = "Pays by invoice.\nCall before delivery.";
        LocalDate dateOfBirth = LocalDate.of(1979, 11, 23);
        form.choose(ACTIVITY_STATUS, "SUSPENDED");
        form.choose(GENDER, "FEMALE");
        form.typeDateOfBirth(dateOfBirth);
        form.typeText(COMPANY, company);
        form.typeText(PHONE, phone);
        form.choose(TAX_EXEMPT, "true");
        form.typeText(ADMIN_COMMENT, comment);

        AdminCustomerForm saved = form.save();
        assertEquals("", saved.errorSummary(), "the save should be accepted");

        AdminCustomerForm reloaded = saved.reload(site);
        assertAll("profile after reload",
                () -> assertEquals("SUSPENDED", reloaded.value(ACTIVITY_STATUS)),
                () -> assertEquals("FEMALE", reloaded.value(GENDER)),
                () -> assertEquals("11/23/1979 00:00:00", reloaded.dateOfBirthShown()),
                () -> assertEquals(company, reloaded.value(COMPANY)),
                () -> assertEquals(phone, reloaded.value(PHONE)),
                () -> assertEquals("true", reloaded.value(TAX_EXEMPT)),
                () -> assertEquals(comment, reloaded.value(ADMIN_COMMENT)));

        AdminCustomerList list = admin.customerListFilteredBy(email);
        assertEquals(AdminCustomerList.COLUMNS, list.columnTitles(), "the list's columns");
        assertAll("customer list row",
                () -> assertEquals(email, list.cell(id, AdminCustomerList.EMAIL)),
                () -> assertEquals(company, list.cell(id, AdminCustomerList.COMPANY)),
                () -> assertEquals("Suspended", list.cell(id, AdminCustomerList.ACTIVITY_STATUS)),
                () -> assertEquals("Account", list.cell(id, AdminCustomerList.GUEST)));
        // phone and tax exemption are no columns any more; the list still filters by them
        assertEquals(1, admin.customerListFilteredBy(email, AdminCustomerList.TAX_EXEMPT, "true").rows().size());
        assertEquals(1, admin.customerListFilteredBy(email, AdminCustomerList.PHONE, phone).rows().size());

        assertEquals(AdminCustomerList.COLUMNS, admin.customerList().columnTitles(), "the whole list's columns");
        Screenshots.save(browser, "admin-customer-list");
    }
}
