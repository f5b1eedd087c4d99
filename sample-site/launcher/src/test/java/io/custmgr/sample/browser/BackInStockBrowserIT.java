package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper asks to be told when a sold-out product is back: a bad address is answered at the field, a second request
 * is refused; when the merchant's stock returns, the job mails the shopper once (the outbox) and the mail's unsubscribe
 * link, confirmed, closes what the address still waits for.
 */
@BrowserTest
class BackInStockBrowserIT {

    /** Sold out in the demo data (DemoCatalog.SOLD_OUT_URL). */
    private static final String PRODUCT = "merchandise/scoville-scale-apron";
    private static final String SKU_OF_PRODUCT = "(SELECT DEFAULT_SKU_ID FROM BLC_PRODUCT WHERE URL = '/" + PRODUCT + "')";

    @Test
    void aShopperSubscribesToASoldOutProductIsMailedWhenItIsBackAndUnsubscribes(Browser browser, SampleSite site)
            throws Exception {
        String email = Unique.email("stock");
        try (SampleDatabase db = SampleDatabase.open()) {
            try {
                browser.open(site.storefront(PRODUCT));
                subscribe(browser, "not an address");
                assertTrue(browser.waitVisible(By.cssSelector("#stock-subscribe .field-error")).getText()
                        .contains("valid e-mail"));
                subscribe(browser, email);
                assertTrue(browser.waitVisible(By.id("stock-subscribed")).getText().contains("mail you once"));
                subscribe(browser, email.toUpperCase());
                assertTrue(browser.waitVisible(By.cssSelector("#stock-subscribe .field-error")).getText()
                        .contains("already waiting"));
                new AdminConsole(browser, site).logIn();
                browser.open(site.admin("stock-subscriptions?state=OPEN"));
                assertTrue(browser.find(By.id("custmgr-stock-list")).getText().contains(email + " "),
                        "the merchant sees the waiting subscription");
                Accessibility.admin().check(browser);

                assertEquals(1, db.update("UPDATE BLC_SKU SET INVENTORY_TYPE = 'ALWAYS_AVAILABLE' WHERE SKU_ID = "
                        + SKU_OF_PRODUCT), "the merchant's stock is back");
                String link = null;
                for (long until = System.currentTimeMillis() + 30000; link == null; Thread.sleep(1000)) {
                    try {
                        link = Outbox.link(browser, site, email, "/stock/unsubscribe");
                    } catch (AssertionError notYet) {
                        assertTrue(System.currentTimeMillis() < until, "no back-in-stock mail within 30 s");
                    }
                }
                browser.open(link.startsWith("/") ? site.storefront(link.substring(1)) : link);
                browser.andWaitForNewPage(() -> browser.waitVisible(By.id("unsubscribe-submit")).click());
                assertTrue(browser.waitVisible(By.id("unsubscribe-done")).getText().contains("0 waiting"),
                        "notified already: nothing left open");
                browser.open(site.storefront("stock/unsubscribe?token=1.tampered"));
                browser.andWaitForNewPage(() -> browser.waitVisible(By.id("unsubscribe-submit")).click());
                assertTrue(browser.waitVisible(By.id("unsubscribe-error")).getText().contains("does not work"));
            } finally {
                db.update("UPDATE BLC_SKU SET INVENTORY_TYPE = 'UNAVAILABLE' WHERE SKU_ID = " + SKU_OF_PRODUCT);
            }
            assertEquals(1L, db.queryLong("SELECT COUNT(*) FROM CM_STOCK_SUBSCRIPTION WHERE EMAIL_KEY = ?"
                    + " AND STATE = 'NOTIFIED'", email.toLowerCase()), "subscribed once, mailed once");
        }
    }

    private static void subscribe(Browser browser, String email) {
        browser.waitVisible(By.id("stock-email")).clear();
        browser.find(By.id("stock-email")).sendKeys(email);
        browser.andWaitForNewPage(() -> browser.find(By.id("stock-subscribe-submit")).click());
    }
}
