package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The address book on the storefront's account page and its address form. */
public final class StorefrontAddressBook {

    private final Browser browser;
    private final SampleSite site;

    StorefrontAddressBook(Browser browser, SampleSite site) {
        this.browser = browser;
        this.site = site;
    }

    public StorefrontAddressBook open() {
        browser.open(site.storefront("/account"));
        browser.waitVisible(By.id("addresses"));
        return this;
    }

    /** Opens the add form. */
    public StorefrontAddressBook startAdding() {
        browser.andWaitForNewPage(() -> browser.find(By.id("add-address")).click());
        browser.waitVisible(By.id("address-form"));
        return this;
    }

    /** Opens the edit form of the entry whose text contains {@code text}. */
    public StorefrontAddressBook startEditing(String text) {
        WebElement entry = entry(text);
        browser.andWaitForNewPage(() -> entry.findElement(By.cssSelector("a.edit-address")).click());
        browser.waitVisible(By.id("address-form"));
        return this;
    }

    /** Types the values (by field name; "country" picks from the list) and saves. */
    public StorefrontAddressBook fillAndSave(Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            WebElement control = browser.find(By.id(value.getKey()));
            if ("select".equals(control.getTagName())) {
                new Select(control).selectByValue(value.getValue());
            } else {
                control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                browser.script("arguments[0].value = arguments[1];", control, value.getValue());
            }
        }
        browser.andWaitForNewPage(() -> browser.find(By.id("save-address")).click());
        return this;
    }

    /** Clicks an entry's button ("make-billing", "make-shipping", "delete-address"). */
    public StorefrontAddressBook press(String text, String formClass) {
        WebElement entry = entry(text);
        browser.andWaitForNewPage(() -> entry.findElement(By.cssSelector("form." + formClass + " button")).click());
        browser.waitVisible(By.id("addresses"));
        return this;
    }

    public StorefrontAddressBook toggleSameAsBilling() {
        browser.andWaitForNewPage(() -> browser.find(By.id("same-as-billing-toggle")).click());
        browser.waitVisible(By.id("addresses"));
        return this;
    }

    public String sameAsBillingState() {
        return browser.find(By.id("same-as-billing-state")).getText().trim();
    }

    public List<WebElement> entries() {
        return browser.findAll(By.cssSelector("li.address-entry"));
    }

    public WebElement entry(String text) {
        return entries().stream().filter(entry -> entry.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No address entry containing " + text + " on "
                        + browser.currentUrl()));
    }

    /** @return the formatted lines of the entry, as shown */
    public List<String> lines(String text) {
        return entry(text).findElements(By.cssSelector(".address-line")).stream().map(WebElement::getText)
                .map(String::trim).collect(Collectors.toList());
    }

    public boolean hasBadge(String text, String badge) {
        return !entry(text).findElements(By.cssSelector(".badge-" + badge)).isEmpty();
    }

    public Optional<String> fieldError(String field) {
        return browser.findAll(By.cssSelector(".field.has-error")).stream()
                .filter(box -> !box.findElements(By.id(field)).isEmpty())
                .map(box -> box.findElement(By.cssSelector(".field-error")).getText().trim()).findFirst();
    }

    public boolean onForm() {
        return !browser.findAll(By.id("address-form")).isEmpty();
    }
}
