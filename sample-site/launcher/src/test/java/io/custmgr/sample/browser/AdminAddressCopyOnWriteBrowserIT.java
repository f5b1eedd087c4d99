package io.custmgr.sample.browser;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.custmgr.sample.browser.AdminCustomerAddresses.CITY;
import static io.custmgr.sample.browser.AdminCustomerAddresses.LINE1;
import static io.custmgr.sample.browser.AdminCustomerAddresses.POSTAL_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An order placed with the customer's own address row (Broadleaf 3.1 checkouts may share it) keeps that address when
 * the merchant edits the customer's address in the admin: the edit goes to a fresh copy.
 */
@BrowserTest
class AdminAddressCopyOnWriteBrowserIT {

    @Test
    void editingTheCustomersAddressInTheAdminLeavesTheOrdersAddress(Browser browser, SampleSite site)
            throws SQLException {
        AdminConsole admin = new AdminConsole(browser, site).logIn();
        String email = Unique.email("cow");
        admin.addCustomer(email, "Ann", "Lee");
        AdminCustomerAddresses addresses = new AdminCustomerAddresses(browser);
        AdminForm dialog = addresses.startAdding();
        dialog.typeText(LINE1, "1 Old Road");
        dialog.typeText(CITY, "Springfield");
        dialog.typeText(POSTAL_CODE, "62704");
        addresses.chooseCountry(dialog, "United States");
        assertTrue(addresses.save(dialog));

        try (Connection db = SampleDatabase.connect()) {
            long addressRow = queryLong(db, "SELECT ca.ADDRESS_ID FROM BLC_CUSTOMER_ADDRESS ca JOIN BLC_CUSTOMER c"
                    + " ON c.CUSTOMER_ID = ca.CUSTOMER_ID WHERE c.EMAIL_ADDRESS = ?", email);
            long group = queryLong(db, "SELECT MIN(FULFILLMENT_GROUP_ID) FROM BLC_FULFILLMENT_GROUP");
            Long original = queryNullableLong(db, "SELECT ADDRESS_ID FROM BLC_FULFILLMENT_GROUP"
                    + " WHERE FULFILLMENT_GROUP_ID = ?", group);
            update(db, "UPDATE BLC_FULFILLMENT_GROUP SET ADDRESS_ID = ? WHERE FULFILLMENT_GROUP_ID = ?", addressRow,
                    group);
            try {
                AdminForm edit = addresses.startEditing("1 Old Road");
                edit.typeText(LINE1, "2 New Avenue");
                assertTrue(addresses.save(edit));
                addresses.row("2 New Avenue");

                assertEquals("1 Old Road", queryString(db, "SELECT a.ADDRESS_LINE1 FROM BLC_ADDRESS a JOIN"
                        + " BLC_FULFILLMENT_GROUP g ON g.ADDRESS_ID = a.ADDRESS_ID WHERE g.FULFILLMENT_GROUP_ID = ?",
                        group), "the order keeps the address it was placed with");
                long customersRow = queryLong(db, "SELECT ca.ADDRESS_ID FROM BLC_CUSTOMER_ADDRESS ca JOIN"
                        + " BLC_CUSTOMER c ON c.CUSTOMER_ID = ca.CUSTOMER_ID WHERE c.EMAIL_ADDRESS = ?", email);
                assertNotEquals(addressRow, customersRow, "the customer's address got a fresh row");
                assertEquals("2 New Avenue", queryString(db, "SELECT ADDRESS_LINE1 FROM BLC_ADDRESS"
                        + " WHERE ADDRESS_ID = ?", customersRow));
            } finally {
                update(db, "UPDATE BLC_FULFILLMENT_GROUP SET ADDRESS_ID = ? WHERE FULFILLMENT_GROUP_ID = ?",
                        original, group);
            }
        }
    }

    private static long queryLong(Connection db, String sql, Object... args) throws SQLException {
        Long value = queryNullableLong(db, sql, args);
        assertNotNull(value, sql);
        return value;
    }

    private static Long queryNullableLong(Connection db, String sql, Object... args) throws SQLException {
        String value = queryString(db, sql, args);
        return value == null ? null : Long.valueOf(value);
    }

    private static String queryString(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, args); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void update(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, args)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
