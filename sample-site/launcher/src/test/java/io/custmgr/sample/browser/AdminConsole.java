package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Broadleaf admin of the sample site, used the way a merchant uses it: through its pages and forms. */
public final class AdminConsole {

    public static final String USERNAME = "admin";
    public static final String PASSWORD = "admin";

    private static final Pattern CUSTOMER_ID = Pattern.compile("/customer/(\\d+)(?:[/?#;]|$)");

    private final Browser browser;
    private final SampleSite site;

    public AdminConsole(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
    }

    /** Signs in through the real login form, starting from a signed-out browser. */
    public AdminConsole logIn() {
        return logIn(USERNAME, PASSWORD);
    }

    /** Signs in as another admin user, starting from a signed-out browser. */
    public AdminConsole logIn(String username, String password) {
        browser.open(site.admin("login"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.admin("login"));
        browser.waitVisible(By.name("j_username")).sendKeys(username);
        browser.find(By.name("j_password")).sendKeys(password);
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("form input[type=submit]")).click());
        String url = browser.currentUrl();
        if (url.contains("/login") || browser.findAll(By.cssSelector("li.logout a")).isEmpty()) {
            throw new AssertionError("Signing in to the admin as " + username + " failed: now at " + url);
        }
        return this;
    }

    /** Opens the customer list, showing only the customers whose e-mail address starts with {@code email}. */
    public AdminCustomerList customerListFilteredBy(String email) {
        browser.open(site.admin("customer") + "?emailAddress=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        return new AdminCustomerList(browser, site);
    }

    /** The id of the customer with this e-mail address, found through the filtered customer list. */
    public long customerIdOf(String email) {
        customerListFilteredBy(email);
        for (WebElement row : browser.findAll(By.cssSelector("tr[data-link]"))) {
            Matcher link = CUSTOMER_ID.matcher(row.getAttribute("data-link"));
            if (row.getText().contains(email) && link.find()) {
                return Long.parseLong(link.group(1));
            }
        }
        throw new AssertionError("no customer row for " + email);
    }

    /** The customer list filtered by e-mail (prefix) and one more field, given as a request parameter. */
    public AdminCustomerList customerListFilteredBy(String email, String property, String value) {
        browser.open(site.admin("customer") + "?emailAddress=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&" + property + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return new AdminCustomerList(browser, site);
    }

    /** Opens a customer's form by its address. */
    public AdminCustomerForm customer(long customerId) {
        browser.open(site.admin("customer/" + customerId));
        return new AdminCustomerForm(browser, customerId);
    }

    public AdminCustomerList customerList() {
        browser.open(site.admin("customer"));
        return new AdminCustomerList(browser, site);
    }

    /**
     * Creates a customer through the list's "Add" dialog (e-mail, names and the required activity status) and
     * returns its form, where the admin lands after saving.
     */
    public AdminCustomerForm addCustomer(String email, String firstName, String lastName) {
        customerList();
        browser.waitVisible(By.cssSelector("button.add-main-entity")).click();
        By dialog = By.cssSelector(".modal form.modal-add-entity-form");
        browser.waitVisible(dialog);
        AdminForm form = new AdminForm(browser, dialog);
        form.typeText("emailAddress", email);
        form.typeText("firstName", firstName);
        form.typeText("lastName", lastName);
        form.choose("customerProfile__activityStatus", "ACTIVE");
        WebElement save = browser.waitVisible(By.cssSelector(".modal .submit-button"));
        String listUrl = browser.currentUrl();
        save.click();
        browser.until(d -> !d.getCurrentUrl().equals(listUrl) || !d.findElements(
                By.cssSelector(".modal .errors")).isEmpty());
        if (browser.currentUrl().equals(listUrl)) {
            throw new AssertionError("Adding customer " + email + " failed: "
                    + browser.find(By.cssSelector(".modal .errors")).getText());
        }
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
        return new AdminCustomerForm(browser, customerId(browser.currentUrl()));
    }

    static long customerId(String url) {
        Matcher matcher = CUSTOMER_ID.matcher(url);
        if (!matcher.find()) {
            throw new AssertionError("Not a customer page: " + url);
        }
        return Long.parseLong(matcher.group(1));
    }
}
