package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Timestamp;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merchant deletes customers in the admin: a shopper with a cart goes with everything of theirs; a customer with
 * a placed order is refused with the reason on its form; "Delete selected" on the list reports both outcomes.
 */
@BrowserTest
class CustomerDeleteBrowserIT {

    @Test
    void deletingAShopperWithACartRemovesItAndEverythingOfIts(Browser browser, SampleSite site) throws Exception {
        StorefrontShopper shopper = new StorefrontShopper(browser, site, Unique.email("delete-cart"), "secret123")
                .register("Dee", "Cart");
        browser.open(site.storefront("hot-sauces/green-ghost"));
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#add-to-cart button[type=submit]")).click());
        shopper.logOut();
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customer = admin.customerIdOf(shopper.email());
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(1L, db.queryLong("SELECT COUNT(*) FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID ="
                    + " o.ORDER_ID WHERE o.CUSTOMER_ID = ? AND o.ORDER_STATUS = 'IN_PROCESS'", customer), "a cart item");
        }

        assertTrue(admin.customer(customer).delete(), "deleted: back on the list, not on the form");

        browser.open(site.admin("customer") + "?emailAddress=" + shopper.email());
        assertTrue(browser.findAll(By.cssSelector("tr[data-link$='/customer/" + customer + "']")).isEmpty(),
                "gone from the list");
        try (SampleDatabase db = SampleDatabase.open()) {
            for (String table : new String[] {"BLC_CUSTOMER", "BLC_ORDER", "CM_PAGE_VIEW", "CM_ACTIVITY_EVENT",
                    "CM_CUSTOMER_MATCH_KEY", "BLC_CUSTOMER_ROLE"}) {
                assertEquals(0L, db.queryLong("SELECT COUNT(*) FROM " + table + " WHERE CUSTOMER_ID = ?", customer),
                        table);
            }
            assertEquals(1L, db.queryLong("SELECT COUNT(*) FROM CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?"
                    + " AND ACTION = 'CUSTOMER_DELETED' AND ACTOR_NAME = 'admin'", customer));
        }
    }

    @Test
    void aCustomerWithAPlacedOrderIsRefusedWithTheReasonOnItsForm(Browser browser, SampleSite site) throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        long customer = admin.addCustomer(Unique.email("delete-buyer"), "Bea", "Buyer").id();
        placedOrder(customer);

        AdminCustomerForm form = admin.customer(customer);
        assertFalse(form.delete(), "refused: the form again");

        String message = form.flashMessage();
        assertTrue(message.contains("placed orders") && message.contains("Deactivate"), message);
        try (SampleDatabase db = SampleDatabase.open()) {
            assertEquals(1L, db.queryLong("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer));
        }
    }

    @Test
    void deleteSelectedDeletesTheDeletableAndReportsTheRefused(Browser browser, SampleSite site) throws Exception {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String prefix = "bt-bulk-" + Unique.token();
        String deletableEmail = prefix + "-a@example.com";
        String buyerEmail = prefix + "-b@example.com";
        long deletable = admin.addCustomer(deletableEmail, "Del", "Able").id();
        long buyer = admin.addCustomer(buyerEmail, "Bux", "Buyer").id();
        placedOrder(buyer);

        AdminCustomerList list = admin.customerListFilteredBy(prefix);
        assertTrue(list.offersDeleteSelected());
        Map<String, String> report = list.tick(deletable).tick(buyer).deleteSelected();

        assertEquals("1 deleted, 1 not deleted", report.get("custmgr-delete-summary"));
        Accessibility.admin().check(browser);
        assertTrue(report.get("custmgr-delete-deleted").contains(deletableEmail), report.toString());
        assertTrue(report.get("custmgr-delete-refused").contains(buyerEmail)
                && report.get("custmgr-delete-refused").contains("placed orders"), report.toString());
        AdminCustomerList after = admin.customerListFilteredBy(prefix);
        assertFalse(after.row(deletable).isPresent());
        assertTrue(after.row(buyer).isPresent());
    }

    private static void placedOrder(long customer) throws Exception {
        try (SampleDatabase db = SampleDatabase.open()) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            db.insert("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", "SUBMITTED", "SUBMIT_DATE",
                    now, "DATE_CREATED", now, "ORDER_NUMBER", "BT-" + customer);
        }
    }
}
