package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant lists the activity event types under Customer Care and switches one off; that kind of event is then no
 * longer logged while the others still are.
 */
@BrowserTest
class ActivityEventTypesBrowserIT {

    private static final List<String> ALL_TYPES = Arrays.asList("Registration", "Login", "Failed login", "Logout",
            "Password change", "E-mail change", "Address change", "Order placed", "Cart abandoned");

    @Test
    void aTypeSwitchedOffIsNoLongerLogged(Browser browser, SampleSite site) {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        browser.open(site.admin("activity-event-type"));
        List<String> listed = browser.findAll(By.cssSelector("td[data-fieldname=name]")).stream()
                .map(cell -> cell.getText().trim()).collect(Collectors.toList());
        assertTrue(listed.containsAll(ALL_TYPES), "every type is listed: " + listed);

        switchLogging(browser, site, "Logout", false);
        try {
            StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("switch"), "Secret123");
            shopper.register("Switched", "Off").logOut();
            shopper.logIn();

            admin.logIn();
            long customerId = admin.customerIdOf(shopper.email());
            browser.open(site.admin("customer/" + customerId));
            List<String> events = browser.until(driver -> {
                driver.navigate().refresh();
                List<String> types = driver.findElements(By.cssSelector("#cmActivityLog td[data-fieldname=type]"))
                        .stream().map(cell -> cell.getAttribute("textContent").trim()).collect(Collectors.toList());
                return types.contains("Login") ? types : null; // the login came after the logout
            });
            assertEquals(Arrays.asList("Login", "Registration"), events);
            assertFalse(events.contains("Logout"));
        } finally {
            admin.logIn();
            switchLogging(browser, site, "Logout", true);
        }
    }

    private static void switchLogging(Browser browser, SampleSite site, String typeName, boolean logged) {
        browser.open(site.admin("activity-event-type"));
        WebElement row = browser.findAll(By.cssSelector("tr[data-link]")).stream()
                .filter(r -> r.getText().contains(typeName) && !r.getText().contains("Failed"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + typeName));
        browser.andWaitForNewPage(() -> row.findElement(By.cssSelector("a[href]")).click());
        AdminForm form = new AdminForm(browser, By.cssSelector("form.entity-form"));
        form.choose("enabled", String.valueOf(logged));
        WebElement save = browser.findAll(By.cssSelector("button.submit-button")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no Save button on " + browser.currentUrl()));
        browser.andWaitForNewPage(save::click);
        browser.open(browser.currentUrl());
        assertEquals(String.valueOf(logged), new AdminForm(browser, By.cssSelector("form.entity-form")).value("enabled"),
                "the switch was saved");
    }
}
