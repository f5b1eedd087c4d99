package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shopper's own profile page (/account/profile): edits with per-field errors, names shown as typed (escaped), and
 * an e-mail change that takes effect only through the link mailed to the new address.
 */
@BrowserTest
class StorefrontProfileBrowserIT {

    private static final String PASSWORD = "Secret123";

    @Test
    void theShopperEditsTheirProfileAndSeesItAsTyped(Browser browser, SampleSite site) {
        new StorefrontShopper(browser, site, Unique.email("profile"), PASSWORD).register("Pia", "Profile");
        browser.open(site.storefront("account/profile"));
        Screenshots.save(browser, "storefront-profile");
        String scriptName = "<script>window.__pwned=1</script>Zoë";

        type(browser, "firstName", scriptName);
        type(browser, "lastName", "O'Brien & Sons");
        type(browser, "phone", "+44 20 7946 0958");
        type(browser, "fax", "+44 20 7946 0959");
        type(browser, "company", "Acme <b>Ltd</b>");
        browser.find(By.name("newsletterOptIn")).click();
        setDate(browser, "dateOfBirth", LocalDate.of(1990, 3, 14));
        new Select(browser.find(By.name("gender"))).selectByValue("FEMALE");
        browser.andWaitForNewPage(() -> browser.find(By.id("profile-submit")).click());

        assertTrue(browser.find(By.id("profile-saved")).isDisplayed());
        assertEquals(scriptName, browser.find(By.name("firstName")).getDomProperty("value"));
        assertEquals("+44 20 7946 0958", browser.find(By.name("phone")).getDomProperty("value"));
        assertEquals("Acme <b>Ltd</b>", browser.find(By.name("company")).getDomProperty("value"));
        assertEquals("+44 20 7946 0959", browser.find(By.name("fax")).getDomProperty("value"));
        assertTrue(browser.find(By.name("newsletterOptIn")).isSelected(), "opted in");
        assertEquals("1990-03-14", browser.find(By.name("dateOfBirth")).getDomProperty("value"));
        assertEquals("FEMALE", new Select(browser.find(By.name("gender"))).getFirstSelectedOption()
                .getDomProperty("value"));
        browser.open(site.storefront("account"));
        assertEquals(scriptName + " O'Brien & Sons", browser.find(By.id("account-name")).getText());
        assertEquals(null, browser.script("return window.__pwned;"), "the name was shown as text, not run");
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsSaved(Browser browser, SampleSite site) {
        new StorefrontShopper(browser, site, Unique.email("badprofile"), PASSWORD).register("Bea", "Bad");
        browser.open(site.storefront("account/profile"));

        type(browser, "firstName", "");
        type(browser, "phone", "call me maybe");
        type(browser, "fax", "<fax>");
        type(browser, "company", "C".repeat(300));
        setDate(browser, "dateOfBirth", LocalDate.now().plusYears(1));
        browser.andWaitForNewPage(() -> browser.find(By.id("profile-submit")).click());

        List<String> errors = errorFields(browser);
        assertEquals(List.of("firstName", "phone", "fax", "company", "dateOfBirth"), errors);
        assertTrue(fieldError(browser, "company").contains("255"), fieldError(browser, "company"));
        browser.open(site.storefront("account/profile"));
        assertEquals("Bea", browser.find(By.name("firstName")).getDomProperty("value"), "nothing saved");
        assertEquals("", browser.find(By.name("company")).getDomProperty("value"));
    }

    @Test
    void theNewEmailIsTheLoginOnlyAfterTheMailedLinkIsFollowed(Browser browser, SampleSite site) {
        String oldEmail = Unique.email("oldmail");
        String newEmail = Unique.email("newmail");
        StorefrontShopper shopper = new StorefrontShopper(browser, site, oldEmail, PASSWORD).register("Eve", "Mail");
        browser.open(site.storefront("account/profile"));

        type(browser, "newEmail", oldEmail.toUpperCase());
        browser.andWaitForNewPage(() -> browser.find(By.id("email-submit")).click());
        assertTrue(fieldError(browser, "newEmail").contains("already your"), fieldError(browser, "newEmail"));

        type(browser, "newEmail", newEmail);
        browser.andWaitForNewPage(() -> browser.find(By.id("email-submit")).click());
        assertTrue(browser.find(By.id("email-change-sent")).getText().contains(newEmail));
        assertEquals(oldEmail, browser.find(By.id("current-email")).getText(), "not changed yet");

        String link = mailedLink(browser, site, newEmail);
        shopper.logOut();
        assertTrue(new StorefrontShopper(browser, site, oldEmail, PASSWORD).logIn(PASSWORD), "old login still valid");

        browser.open(link);
        assertEquals(newEmail, browser.find(By.id("account-email")).getText());
        assertTrue(browser.find(By.id("email-changed")).getText().contains(newEmail));
        browser.open(site.storefront("account/profile"));
        assertEquals(newEmail, browser.find(By.id("current-email")).getText(), "still signed in, as the new login");

        new StorefrontShopper(browser, site, newEmail, PASSWORD).logOut();
        assertFalse(new StorefrontShopper(browser, site, oldEmail, PASSWORD).logIn(PASSWORD), "old login refused");
        assertTrue(new StorefrontShopper(browser, site, newEmail, PASSWORD).logIn(PASSWORD), "new login accepted");
        browser.open(link);
        assertTrue(browser.find(By.id("email-change-error")).getText().contains("already used"));
    }

    private static String mailedLink(Browser browser, SampleSite site, String to) {
        browser.open(site.storefront("dev/outbox"));
        WebElement mail = browser.findAll(By.cssSelector("article.mail")).stream()
                .filter(m -> m.findElement(By.cssSelector(".mail-to")).getText().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + to));
        return mail.findElement(By.cssSelector("a.mail-link")).getDomAttribute("href");
    }

    private static void type(Browser browser, String name, String text) {
        WebElement input = browser.find(By.name(name));
        browser.script("arguments[0].value = arguments[1];", input, text); // long values without key-by-key typing
    }

    private static void setDate(Browser browser, String name, LocalDate date) {
        type(browser, name, date.toString());
    }

    private static List<String> errorFields(Browser browser) {
        return browser.findAll(By.cssSelector("#profile-form .field.has-error input, #profile-form .field.has-error select"))
                .stream().map(input -> input.getDomAttribute("name")).collect(java.util.stream.Collectors.toList());
    }

    private static String fieldError(Browser browser, String name) {
        return browser.find(By.name(name)).findElement(By.xpath("following-sibling::span[@class='field-error']"))
                .getText();
    }
}
