package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Optional;

/**
 * A Broadleaf admin entity form (full page or dialog). Fields are named as Broadleaf posts them:
 * {@code fields['<property>'].value}, with the dots of embedded properties written as {@code __}
 * ({@code customerProfile.company} is {@code customerProfile__company}).
 */
public class AdminForm {

    protected final Browser browser;
    private final By form;

    /** @param form where the form is; looked up again for every action, so it survives page reloads */
    AdminForm(Browser browser, By form) {
        this.browser = browser;
        this.form = form;
    }

    static String fieldName(String property) {
        return "fields['" + property + "'].value";
    }

    /** By.name does not escape the quotes in Broadleaf's field names: a CSS attribute selector in double quotes. */
    static By byName(String name) {
        return By.cssSelector("[name=\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]");
    }

    protected WebElement form() {
        return browser.find(form);
    }

    /** The editable control(s) of a property: one text input, textarea or select, or one radio per choice. */
    public List<WebElement> controls(String property) {
        return form().findElements(byName(fieldName(property)));
    }

    public WebElement control(String property) {
        List<WebElement> controls = controls(property);
        if (controls.isEmpty()) {
            throw new AssertionError("The form has no field " + fieldName(property));
        }
        return controls.get(0);
    }

    /** Replaces the text of a text input or textarea, as a user would: select all, type. */
    public void typeText(String property, String text) {
        WebElement control = control(property);
        scrollTo(control);
        control.click();
        control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            control.sendKeys(text);
        }
    }

    /** Picks a choice of an enumeration or boolean field, rendered as a drop-down or as radio buttons. */
    public void choose(String property, String value) {
        WebElement first = control(property);
        if ("select".equalsIgnoreCase(first.getTagName())) {
            scrollTo(first);
            new Select(first).selectByValue(value);
            return;
        }
        WebElement radio = controls(property).stream()
                .filter(control -> value.equals(control.getDomProperty("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Field " + property + " has no choice " + value));
        scrollTo(radio);
        // Foundation's custom forms hide the radio itself behind a styled span: click its label.
        WebElement label = radio.findElement(By.xpath("ancestor::label[1]"));
        label.click();
        if (!radio.isSelected()) {
            throw new AssertionError("Clicking choice " + value + " of " + property + " did not select it");
        }
    }

    /** Ticks or clears a checkbox by clicking its label, as a merchant does. */
    public void tick(String property, boolean ticked) {
        WebElement box = control(property);
        scrollTo(box);
        if (box.isSelected() != ticked) {
            box.findElement(By.xpath("ancestor::label[1]")).click();
        }
        if (box.isSelected() != ticked) {
            throw new AssertionError("Clicking the label of " + property + " did not " + (ticked ? "tick" : "clear")
                    + " it");
        }
    }

    /** The current value: the text of a text control, the chosen value of a drop-down or radio group. */
    public String value(String property) {
        WebElement first = control(property);
        if ("select".equalsIgnoreCase(first.getTagName())) {
            return new Select(first).getFirstSelectedOption().getDomProperty("value");
        }
        if ("radio".equalsIgnoreCase(first.getDomAttribute("type"))) {
            return controls(property).stream().filter(WebElement::isSelected)
                    .map(control -> control.getDomProperty("value")).findFirst().orElse("");
        }
        return first.getDomProperty("value");
    }

    /** The error the form shows next to the field, if any. */
    public Optional<String> fieldError(String property) {
        return fieldBox(property).findElements(By.cssSelector("span.error")).stream()
                .filter(WebElement::isDisplayed)
                .map(error -> error.getText().trim())
                .filter(text -> !text.isEmpty())
                .findFirst();
    }

    /** The box holding the field's label, error and control. */
    public WebElement fieldBox(String property) {
        return control(property).findElement(
                By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field-box ')][1]"));
    }

    protected void scrollTo(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
