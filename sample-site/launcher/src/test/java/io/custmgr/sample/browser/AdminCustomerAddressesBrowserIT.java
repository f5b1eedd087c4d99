package io.custmgr.sample.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static io.custmgr.sample.browser.AdminCustomerAddresses.CITY;
import static io.custmgr.sample.browser.AdminCustomerAddresses.DEFAULT_BILLING;
import static io.custmgr.sample.browser.AdminCustomerAddresses.LINE1;
import static io.custmgr.sample.browser.AdminCustomerAddresses.NAME;
import static io.custmgr.sample.browser.AdminCustomerAddresses.POSTAL_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A merchant keeps a customer's addresses on the Customer form's Contact Info tab: add, defaults, edit, bad input. */
@BrowserTest
class AdminCustomerAddressesBrowserIT {

    private Browser browser;
    private AdminConsole admin;

    @BeforeEach
    void signIn(Browser browser, SampleSite site) {
        this.browser = browser;
        this.admin = new AdminConsole(browser, site).logIn();
    }

    @Test
    void addChooseDefaultsAndEditAddresses() {
        AdminCustomerAddresses addresses = openAddresses("addresses");

        add(addresses, "Home", "1 Main St", "Springfield", "62704", "United States");
        Map<String, String> home = addresses.cells("1 Main St");
        assertEquals("1 Main St / Springfield, 62704 / United States", home.get("addressDefaults.formatted"));
        assertTrue(isYes(home.get("addressDefaults.defaultBilling")), "first address is default billing: " + home);
        assertTrue(isYes(home.get("addressDefaults.defaultShipping")), "and default shipping: " + home);

        add(addresses, "Office", "10 Downing Street", "London", "SW1A 2AA", "United Kingdom");
        Map<String, String> office = addresses.cells("Downing");
        assertEquals("10 Downing Street / London / SW1A 2AA / United Kingdom",
                office.get("addressDefaults.formatted"));
        assertFalse(isYes(office.get("addressDefaults.defaultBilling")), "a second address is no default: " + office);

        AdminForm edit = addresses.startEditing("Downing");
        addresses.tick(edit, DEFAULT_BILLING, true);
        assertTrue(addresses.save(edit), "the dialog closes after saving");
        assertTrue(isYes(addresses.cells("Downing").get("addressDefaults.defaultBilling")));
        assertFalse(isYes(addresses.cells("1 Main St").get("addressDefaults.defaultBilling")),
                "one default billing address only");
        assertTrue(isYes(addresses.cells("1 Main St").get("addressDefaults.defaultShipping")),
                "the shipping default stays where it was");

        AdminForm street = addresses.startEditing("1 Main St");
        street.typeText(LINE1, "2 Elm Road");
        assertTrue(addresses.save(street));
        assertEquals("2 Elm Road / Springfield, 62704 / United States",
                addresses.cells("Elm Road").get("addressDefaults.formatted"));
        assertEquals(2, addresses.rows().size());

        // "Shipping same as billing" on the customer form: the shipping default follows the billing one.
        customer.choose("addressBookSettings__shippingSameAsBilling", "true");
        AdminCustomerForm saved = customer.save();
        assertEquals("", saved.errorSummary());
        AdminCustomerAddresses after = new AdminCustomerAddresses(browser);
        assertTrue(isYes(after.cells("Downing").get("addressDefaults.defaultShipping")), "shipping follows billing");
        assertFalse(isYes(after.cells("Elm Road").get("addressDefaults.defaultShipping")));
    }

    @Test
    void markupInAStreetIsShownAsTextAndOversizedInputIsRefused() {
        AdminCustomerAddresses addresses = openAddresses("escaping");
        String script = "<script>window.pwned=1</script><b>Bold</b> Street";

        add(addresses, "", script, "Springfield", "62704", "United States");
        assertTrue(addresses.cells("Bold").get("address.addressLine1").contains(script),
                "shown as typed: " + addresses.cells("Bold"));
        assertTrue(addresses.cells("Bold").get("addressDefaults.formatted").contains(script));
        assertEquals(0, browser.findAll(By.cssSelector("#customerAddresses td b")).size());
        assertNull(browser.script("return window.pwned;"));

        AdminForm tooLong = addresses.startAdding();
        tooLong.typeText(CITY, "Springfield");
        tooLong.typeText(POSTAL_CODE, "62704");
        addresses.chooseCountry(tooLong, "United States");
        browser.script("arguments[0].value = arguments[1];", tooLong.control(LINE1), "x".repeat(300));
        assertFalse(addresses.save(tooLong), "a 300-character street is refused");
        assertTrue(addresses.error(tooLong, LINE1).isPresent(), "the street field says why");
        addresses.close();
        assertEquals(1, addresses.rows().size());
    }

    private AdminCustomerForm customer;

    private AdminCustomerAddresses openAddresses(String label) {
        customer = admin.addCustomer(Unique.email(label), "Ann", "Lee");
        return new AdminCustomerAddresses(browser);
    }

    private static void add(AdminCustomerAddresses addresses, String name, String line1, String city,
            String postalCode, String country) {
        AdminForm dialog = addresses.startAdding();
        if (!name.isEmpty()) {
            dialog.typeText(NAME, name);
        }
        dialog.typeText(LINE1, line1);
        dialog.typeText(CITY, city);
        dialog.typeText(POSTAL_CODE, postalCode);
        addresses.chooseCountry(dialog, country);
        assertTrue(addresses.save(dialog), "adding " + line1 + " was refused");
        addresses.row(line1.length() > 20 ? "Bold" : line1);
    }

    private static boolean isYes(String shown) {
        return "true".equalsIgnoreCase(shown) || "yes".equalsIgnoreCase(shown);
    }
}
