package io.custmgr.sample.browser;

import io.custmgr.sample.browser.Accessibility.Page;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every storefront page passes the {@link Accessibility} check: as any visitor sees it, as the signed-in demo
 * shopper sees it (account with addresses and orders), with field errors shown, and along a checkout. To check a new
 * page, add a line to {@link #PUBLIC_PAGES} or {@link #ACCOUNT_PAGES}.
 */
@BrowserTest
class StorefrontAccessibilityBrowserIT {

    /** Pages anyone may open, signed out. */
    static final List<Page> PUBLIC_PAGES = List.of(
            Page.at("/"),
            Page.at("/hot-sauces"),
            Page.at("/hot-sauces/green-ghost"),
            Page.at("/merchandise"),
            Page.at("/search?q=sauce"),
            Page.at("/search?q=nothingmatchesthis"),
            Page.at("/cart"),
            Page.at("/login"),
            Page.at("/login?error=true"),
            Page.at("/login?registered=true"),
            Page.at("/register"),
            Page.at("/login/forgotPassword"),
            Page.at("/login/resetPassword?token=no-such-token"),
            Page.at("/no-such-page"),
            Page.at("/account/addresses/abc/edit"),
            Page.at("/dev/outbox"),
            Page.at("/?assistError=expired"),
            Page.at("/orders/view?token=no-such-token"));

    /** Pages of the demo shopper's account, signed in. */
    static final List<Page> ACCOUNT_PAGES = List.of(
            Page.at("/account"),
            Page.at("/account/profile"),
            Page.at("/account/delete"),
            Page.at("/account/addresses/new"),
            Page.at("/account/messages"),
            Page.at("/account/library"),
            Page.linkedFrom("/account", "a.edit-address"),
            Page.linkedFrom("/account", "a.order-link"));

    private final Accessibility accessibility = Accessibility.storefront();

    @TestFactory
    Stream<DynamicTest> publicPages(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        return accessibility.checks(browser, site::storefront, PUBLIC_PAGES);
    }

    @TestFactory
    Stream<DynamicTest> accountPages(Browser browser, SampleSite site) {
        new StorefrontShopper(browser, site, "demo@example.com", "demo1234").logIn();
        return accessibility.checks(browser, site::storefront, ACCOUNT_PAGES);
    }

    @Test
    void formsShowingTheirFieldErrors(Browser browser, SampleSite site) {
        browser.open(site.storefront("login"));
        browser.driver().manage().deleteAllCookies();
        submitEmpty(browser, site, "register", By.cssSelector("#register-form button[type=submit]"));
        submitEmpty(browser, site, "login/forgotPassword", By.id("forgot-submit"));

        new StorefrontShopper(browser, site, "demo@example.com", "demo1234").logIn();
        submitEmpty(browser, site, "account/addresses/new", By.id("save-address"));
        browser.open(site.storefront("account/profile"));
        browser.find(By.name("phone")).sendKeys("not a phone");
        browser.andWaitForNewPage(() -> browser.find(By.id("profile-submit")).click());
        accessibility.check(browser);
    }

    @Test
    void cartCheckoutWithErrorsAndConfirmation(Browser browser, SampleSite site) {
        GuestCheckoutBrowserIT.startCheckout(browser, site);
        accessibility.check(browser);
        browser.open(site.storefront("cart"));
        accessibility.check(browser);

        browser.open(site.storefront("checkout"));
        browser.andWaitForNewPage(() -> browser.find(By.id("place-order")).click());
        accessibility.check(browser);

        GuestCheckoutBrowserIT.placeOrder(browser, Unique.email("a11y-checkout"), "Access");
        accessibility.check(browser);
    }

    private void submitEmpty(Browser browser, SampleSite site, String path, By submit) {
        browser.open(site.storefront(path));
        browser.andWaitForNewPage(() -> browser.find(submit).click());
        accessibility.check(browser);
    }
}
