package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper on the sample storefront, using its real registration, login and logout forms. */
public final class StorefrontShopper {

    private final Browser browser;
    private final SampleSite site;
    private final String email;
    private final String password;

    public StorefrontShopper(Browser browser, SampleSite site, String email, String password) {
        this.browser = browser;
        this.site = site;
        this.email = email;
        this.password = password;
    }

    public String email() {
        return email;
    }

    /**
     * Registers from a fresh, signed-out browser session and confirms the e-mail address as the sample site asks
     * (the mailed link, from the outbox); the shopper is signed in afterwards.
     */
    public StorefrontShopper register(String firstName, String lastName) {
        return registerUnconfirmed(firstName, lastName).confirmEmail();
    }

    /** Registers from a fresh, signed-out browser session, leaving the confirmation mail unread. */
    public StorefrontShopper registerUnconfirmed(String firstName, String lastName) {
        freshSession();
        return registerInThisSession(firstName, lastName);
    }

    /** Follows the registration's confirmation link (signed in: back on the account page). */
    public StorefrontShopper confirmEmail() {
        Outbox.follow(browser, site, email, "/register/confirm");
        assertTrue(browser.currentUrl().endsWith("/account"), "confirmed: " + browser.currentUrl());
        assertTrue(browser.findAll(By.id("confirmation-pending")).isEmpty(), "no longer pending");
        return this;
    }

    /** Registers in the browser's current session (e.g. after browsing as a guest). */
    public StorefrontShopper registerInThisSession(String firstName, String lastName) {
        browser.open(site.storefront("register"));
        browser.waitVisible(By.name("customer.firstName")).sendKeys(firstName);
        browser.find(By.name("customer.lastName")).sendKeys(lastName);
        browser.find(By.name("customer.emailAddress")).sendKeys(email);
        browser.find(By.name("password")).sendKeys(password);
        WebElement confirm = browser.find(By.name("passwordConfirm"));
        confirm.sendKeys(password);
        browser.andWaitForNewPage(confirm::submit);
        assertFalse(browser.currentUrl().contains("/register"), "registration failed: " + browser.currentUrl());
        return this;
    }

    public StorefrontShopper logOut() {
        browser.andWaitForNewPage(() -> browser.waitVisible(By.id("logout-link")).click());
        return this;
    }

    /** @return whether the storefront accepted the password */
    public boolean logIn(String typedPassword) {
        browser.open(site.storefront("login"));
        browser.waitVisible(By.name("j_username")).sendKeys(email);
        WebElement field = browser.find(By.name("j_password"));
        field.sendKeys(typedPassword);
        browser.andWaitForNewPage(field::submit);
        return !browser.currentUrl().contains("/login");
    }

    public StorefrontShopper logIn() {
        assertTrue(logIn(password), "storefront sign-in failed: " + browser.currentUrl());
        return this;
    }

    /** Session cookie value, for requests sent outside the browser on the shopper's behalf. */
    public String sessionCookie() {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private void freshSession() {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
    }
}
