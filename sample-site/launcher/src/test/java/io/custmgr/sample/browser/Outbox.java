package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sample storefront's outbox page (/dev/outbox), standing in for the shoppers' mailboxes. */
final class Outbox {

    private Outbox() {
    }

    /** @return the link of the newest mail to {@code email} whose link contains {@code pathFragment} */
    static String link(Browser browser, SampleSite site, String email, String pathFragment) {
        browser.open(site.storefront("dev/outbox"));
        for (WebElement mail : browser.findAll(By.cssSelector("article.mail"))) {
            if (!mail.findElement(By.cssSelector(".mail-to")).getText().equals(email)) {
                continue;
            }
            for (WebElement link : mail.findElements(By.cssSelector("a.mail-link"))) {
                String href = link.getDomAttribute("href");
                if (href != null && href.contains(pathFragment)) {
                    return href;
                }
            }
        }
        throw new AssertionError("no mail to " + email + " with a link to " + pathFragment);
    }

    /** Opens the link of the newest mail to {@code email} whose link contains {@code pathFragment}. */
    static void follow(Browser browser, SampleSite site, String email, String pathFragment) {
        String href = link(browser, site, email, pathFragment);
        browser.open(href);
    }
}
