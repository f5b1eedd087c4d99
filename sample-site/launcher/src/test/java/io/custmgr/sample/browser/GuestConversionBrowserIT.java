package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant converts a guest into an account from the guest's admin form; the buyer sets a password through the
 * mailed link (the sample's outbox page stands in for the mailbox) and then signs in with the checkout e-mail.
 */
@BrowserTest
class GuestConversionBrowserIT {

    @Test
    void aConvertedGuestSetsAPasswordByTheMailedLinkAndSignsIn(Browser browser, SampleSite site) {
        String email = Unique.email("convert");
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        GuestCheckoutBrowserIT.placeOrder(browser, email, "Buyer");

        AdminConsole admin = new AdminConsole(browser, site).logIn();
        browser.open(site.admin("customer") + "?guestProfile.contactEmail=" + email);
        List<WebElement> rows = browser.findAll(By.cssSelector("tr[data-link]"));
        assertEquals(1, rows.size());
        browser.andWaitForNewPage(() -> rows.get(0).findElement(By.cssSelector("a[href]")).click());
        WebElement convert = browser.waitVisible(By.cssSelector("button.custmgr-convert-guest"));
        browser.andWaitForNewPage(() -> {
            convert.click();
            browser.until(ExpectedConditions.alertIsPresent()).accept(); // the merchant confirms
        });
        assertTrue(browser.find(By.id("custmgr-conversion-result")).getText().contains(email),
                browser.find(By.id("custmgr-conversion-result")).getText());
        Accessibility.admin().check(browser);

        browser.open(site.storefront("dev/outbox"));
        WebElement mail = browser.findAll(By.cssSelector("article.mail")).stream()
                .filter(m -> m.findElement(By.cssSelector(".mail-to")).getText().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no set-password mail to " + email));
        browser.andWaitForNewPage(() -> mail.findElement(By.cssSelector("a.mail-link")).click());
        browser.waitVisible(By.name("username")).sendKeys(email);
        browser.find(By.name("password")).sendKeys("Secret123");
        browser.find(By.name("passwordConfirm")).sendKeys("Secret123");
        browser.andWaitForNewPage(() -> browser.find(By.id("reset-submit")).click());
        assertTrue(browser.findAll(By.id("reset-form")).isEmpty(), "password set: " + browser.currentUrl());

        StorefrontShopper shopper = new StorefrontShopper(browser, site, email, "Secret123");
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        shopper.logIn();
    }
}
