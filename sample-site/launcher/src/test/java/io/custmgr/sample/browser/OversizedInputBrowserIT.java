package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 characters in every field of every storefront form: each field answers with the limit of the column its
 * value is stored in (Broadleaf's 255, the module's 32 for phones, the password policy's 128), on the form itself,
 * and nothing is saved; the sign-in answers as for any wrong password.
 */
@BrowserTest
class OversizedInputBrowserIT {

    private static final String PASSWORD = "Secret123";
    private static final String HUGE = "x".repeat(10_000);

    @Test
    void registrationNamesTheLimitOfEachFieldAndCreatesNoCustomer(Browser browser, SampleSite site)
            throws SQLException {
        long customers = count("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE IS_REGISTERED = TRUE");
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.storefront("register"));

        fillAndSubmit(browser, "#register-form", List.of("customer.firstName", "customer.lastName",
                "customer.emailAddress", "password", "passwordConfirm"));

        assertTrue(browser.currentUrl().endsWith("/register"), "still on the form: " + browser.currentUrl());
        assertLimit(browser, "customer.firstName", 255);
        assertLimit(browser, "customer.lastName", 255);
        assertLimit(browser, "customer.emailAddress", 255);
        assertLimit(browser, "password", 128);
        assertLimit(browser, "passwordConfirm", 128);
        assertEquals(customers, count("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE IS_REGISTERED = TRUE"),
                "nobody registered");
    }

    @Test
    void signInWithAHugeNameOrPasswordIsAnOrdinaryFailure(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.storefront("login"));

        fillAndSubmit(browser, "form:has([name=j_username])", List.of("j_username", "j_password"));

        assertTrue(browser.currentUrl().contains("/login"), browser.currentUrl());
        assertTrue(browser.find(By.id("login-error")).isDisplayed(), "the normal 'invalid' answer");
    }

    @Test
    void profileNamesTheLimitsAndKeepsTheStoredValues(Browser browser, SampleSite site) {
        new StorefrontShopper(browser, site, Unique.email("hugeprofile"), PASSWORD).register("Hugo", "Huge");
        browser.open(site.storefront("account/profile"));

        fillAndSubmit(browser, "#profile-form", List.of("firstName", "lastName", "phone", "fax", "company",
                "gender"));

        assertLimit(browser, "firstName", 255);
        assertLimit(browser, "lastName", 255);
        assertLimit(browser, "phone", 32);
        assertLimit(browser, "fax", 32);
        assertLimit(browser, "company", 255);
        assertFalse(fieldError(browser, "gender").isEmpty(), "not one of the list");
        browser.open(site.storefront("account/profile"));
        assertEquals("Hugo", browser.find(By.name("firstName")).getDomProperty("value"), "nothing saved");

        fillAndSubmit(browser, "#email-form", List.of("newEmail"));
        assertTrue(fieldError(browser, "newEmail").contains("255 characters"), fieldError(browser, "newEmail"));
    }

    @Test
    void addressBookNamesTheLimitsAndSavesNothing(Browser browser, SampleSite site) throws SQLException {
        String email = Unique.email("hugeaddress");
        new StorefrontShopper(browser, site, email, PASSWORD).register("Ada", "Dress");
        browser.open(site.storefront("account/addresses/new"));

        List<String> fields = List.of("addressName", "firstName", "lastName", "companyName", "addressLine1",
                "addressLine2", "city", "state", "postalCode", "country", "phone");
        fillAndSubmit(browser, "#address-form", fields);

        for (String field : fields) {
            assertLimit(browser, field, 255);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM BLC_CUSTOMER_ADDRESS a JOIN BLC_CUSTOMER c"
                + " ON c.CUSTOMER_ID = a.CUSTOMER_ID WHERE c.EMAIL_ADDRESS = '" + email + "'"), "nothing saved");
    }

    @Test
    void checkoutNamesTheLimitsAndPlacesNoOrder(Browser browser, SampleSite site) {
        GuestCheckoutBrowserIT.startCheckout(browser, site);

        fillAndSubmit(browser, "#checkout-form", List.of("email", "firstName", "lastName", "phone", "addressLine1",
                "city", "postalCode", "country"));

        assertTrue(browser.currentUrl().endsWith("/checkout"), "no order: " + browser.currentUrl());
        assertTrue(fieldError(browser, "email").contains("at most 255 characters"), fieldError(browser, "email"));
        for (String field : List.of("firstName", "lastName", "addressLine1", "city", "postalCode", "country")) {
            assertLimit(browser, field, 255);
        }
        assertLimit(browser, "phone", 32);
    }

    @Test
    void passwordResetNamesTheLimitsOfBroadleafsForm(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.storefront("login")); // the reset page shows its form only for a valid mailed token
        browser.script("var form = document.createElement('form'), huge = arguments[1];"
                + "form.method = 'post'; form.action = arguments[0];"
                + "['csrfToken', 'username', 'password', 'passwordConfirm', 'token'].forEach(function (name) {"
                + "  var input = document.createElement('input'); input.type = 'hidden'; input.name = name;"
                + "  input.value = name === 'csrfToken' ? document.querySelector('[name=csrfToken]').value"
                + "      : huge; form.appendChild(input); });"
                + "document.body.appendChild(form);", site.storefront("login/resetPassword"), HUGE);
        browser.andWaitForNewPage(() -> browser.script(
                "HTMLFormElement.prototype.submit.call(document.body.lastElementChild);"));

        assertTrue(browser.currentUrl().contains("/login/resetPassword"), browser.currentUrl());
        assertLimit(browser, "username", 255);
        assertLimit(browser, "password", 128);
        assertLimit(browser, "passwordConfirm", 128);
        assertTrue(browser.find(By.id("token-error")).getText().contains("255"),
                browser.find(By.id("token-error")).getText());
    }

    /** Puts 10,000 characters into each field (a select gets an option of that value) and submits the form. */
    private static void fillAndSubmit(Browser browser, String form, List<String> names) {
        WebElement formElement = browser.waitVisible(By.cssSelector(form));
        for (String name : names) {
            WebElement field = formElement.findElement(By.name(name));
            browser.script("var f = arguments[0];"
                    + "if (f.tagName === 'SELECT') { f.options[0].value = arguments[1]; f.selectedIndex = 0; }"
                    + "else { f.value = arguments[1]; }", field, HUGE);
        }
        browser.andWaitForNewPage(() -> browser.script("HTMLFormElement.prototype.submit.call(arguments[0]);",
                formElement));
    }

    private static void assertLimit(Browser browser, String name, int limit) {
        String error = fieldError(browser, name);
        assertEquals("At most " + limit + " characters", error, name);
    }

    private static String fieldError(Browser browser, String name) {
        List<WebElement> errors = browser.find(By.name(name))
                .findElements(By.xpath("following-sibling::span[@class='field-error']"));
        return errors.isEmpty() ? "" : errors.get(0).getText().trim();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = SampleDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
