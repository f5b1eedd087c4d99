package io.custmgr.guest.service;

import io.custmgr.guest.testsupport.RowInserter;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job runs its own transactions, so every test commits its rows for real (ids in a block of its own, far above
 * Broadleaf's) and deletes them afterwards. Default settings: 365 days, FULFILLED / DELIVERED complete an order.
 */
@BroadleafIntegrationTest
class GuestExpiryIT {

    static final long DAY = 86400000L;

    @Resource(name = "cmGuestExpiryService")
    GuestExpiryService expiryService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    DataSource dataSource;
    JdbcTemplate jdbc;
    long nextId;
    /** table, id column, id — deleted in reverse order after each test. */
    final List<Object[]> created = new ArrayList<Object[]>();

    @BeforeEach
    void setUp() {
        dataSource = transactionManager.getDataSource();
        jdbc = new JdbcTemplate(dataSource);
        nextId = 8000000000L + (System.nanoTime() % 100000L) * 1000L;
    }

    @AfterEach
    void cleanUp() {
        for (int i = created.size() - 1; i >= 0; i--) {
            Object[] row = created.get(i);
            jdbc.update("DELETE FROM " + row[0] + " WHERE " + row[1] + " = ?", row[2]);
        }
    }

    @Test
    void guestExpiresAfterTheWindowAndItsOrdersKeepTheirData() throws Exception {
        long guest = guest(daysAgo(500));
        long order = order(guest, "SUBMITTED", daysAgo(400));
        long orderAddress = address("1 Order Street");
        fulfillmentGroup(order, "FULFILLED", orderAddress);
        long ownAddress = address("2 Home Street");
        customerAddress(guest, ownAddress);
        long phone = customerPhone(guest);
        row("BLC_CUSTOMER_ATTRIBUTE", "CUSTOMER_ATTR_ID", "CUSTOMER_ID", guest, "NAME", "shoe size", "VALUE", "42");
        row("CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", guest, "VIEW_TIME", daysAgo(401), "URL", "/shoes");
        row("CM_ACTIVITY_EVENT", "ACTIVITY_EVENT_ID", "CUSTOMER_ID", guest, "EVENT_TYPE", "ORDER_PLACED",
                "EVENT_TIME", daysAgo(401));

        GuestExpiryReport report = expiryService.expireGuests();

        assertTrue(report.getExpired() >= 1, report.toString());
        Map<String, Object> customer = customer(guest);
        assertNotNull(customer.get("CM_GUEST_ANONYMIZED"));
        assertEquals(0, count("CM_GUEST_KEY WHERE CUSTOMER_ID = ?", guest), "the e-mail no longer finds the guest");
        for (String column : new String[] {"FIRST_NAME", "LAST_NAME", "EMAIL_ADDRESS", "USER_NAME", "CM_CONTACT_EMAIL",
                "CM_PHONE", "CM_COMPANY", "CM_DATE_OF_BIRTH", "CM_GENDER", "CM_ADMIN_COMMENT",
                "CHALLENGE_ANSWER"}) {
            assertNull(customer.get(column), column);
        }
        assertEquals(Boolean.TRUE, customer.get("CM_IS_GUEST"), "still a guest, so it is never examined again");
        assertEquals(0, count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", guest));
        assertEquals(0, count("BLC_ADDRESS WHERE ADDRESS_ID = ?", ownAddress));
        assertEquals(0, count("BLC_CUSTOMER_PHONE WHERE CUSTOMER_ID = ?", guest));
        assertEquals(0, count("BLC_PHONE WHERE PHONE_ID = ?", phone));
        assertEquals(0, count("BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ?", guest));
        assertEquals(0, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", guest));
        assertEquals(0, count("CM_ACTIVITY_EVENT WHERE CUSTOMER_ID = ?", guest));
        // Accounting keeps the order, its e-mail address and its own copy of the address.
        assertEquals("buyer" + guest + "@example.com", jdbc.queryForObject(
                "SELECT EMAIL_ADDRESS FROM BLC_ORDER WHERE ORDER_ID = ?", String.class, order));
        assertEquals("1 Order Street", jdbc.queryForObject(
                "SELECT ADDRESS_LINE1 FROM BLC_ADDRESS WHERE ADDRESS_ID = ?", String.class, orderAddress));
        assertEquals(guest, (long) jdbc.queryForObject("SELECT CUSTOMER_ID FROM BLC_ORDER WHERE ORDER_ID = ?",
                Long.class, order));
    }

    @Test
    void openOrdersKeepTheProfileAlive() throws Exception {
        long shipping = guest(daysAgo(800));
        fulfillmentGroup(order(shipping, "SUBMITTED", daysAgo(700)), "SHIPPED", address("3 Slow Road"));
        long partly = guest(daysAgo(800));
        long partlyOrder = order(partly, "SUBMITTED", daysAgo(700));
        fulfillmentGroup(partlyOrder, "DELIVERED", address("4 Split Lane"));
        fulfillmentGroup(partlyOrder, null, address("5 Split Lane"));
        long cart = guest(daysAgo(800));
        orderItem(order(cart, "IN_PROCESS", daysAgo(700)));
        long emptyCart = guest(daysAgo(800));
        order(emptyCart, "IN_PROCESS", daysAgo(700));

        GuestExpiryReport report = expiryService.expireGuests();

        assertLive(shipping);
        assertLive(partly);
        assertLive(cart);
        assertTrue(report.getKeptForOpenOrders() >= 3, report.toString());
        assertAnonymized(emptyCart); // an empty cart is nothing to keep a profile for
    }

    @Test
    void keptBeforeTheWindowAndCountedFromTheLastCompletedOrder() throws Exception {
        long recent = guest(daysAgo(900));
        fulfillmentGroup(order(recent, "SUBMITTED", daysAgo(800)), "FULFILLED", address("6 Old Street"));
        fulfillmentGroup(order(recent, "SUBMITTED", daysAgo(100)), "DELIVERED", address("7 New Street"));
        long cancelled = guest(daysAgo(900));
        order(cancelled, "CANCELLED", daysAgo(400));
        long cancelledLately = guest(daysAgo(900));
        order(cancelledLately, "CANCELLED", daysAgo(10));

        expiryService.expireGuests();

        assertLive(recent);
        assertAnonymized(cancelled);
        assertLive(cancelledLately);
    }

    @Test
    void guestsWithoutOrdersCountFromTheirCreation() throws Exception {
        long old = guest(daysAgo(366));
        long young = guest(daysAgo(364));

        expiryService.expireGuests();

        assertAnonymized(old);
        assertLive(young);
    }

    @Test
    void registeredCustomersAreNeverTouched() throws Exception {
        long registered = id();
        insertCustomer(registered, false, daysAgo(3000));
        row("CM_PAGE_VIEW", "PAGE_VIEW_ID", "CUSTOMER_ID", registered, "VIEW_TIME", daysAgo(2000), "URL", "/");

        long registeredGuest = guest(daysAgo(3000)); // flagged guest that registered since
        jdbc.update("UPDATE BLC_CUSTOMER SET IS_REGISTERED = ? WHERE CUSTOMER_ID = ?", Boolean.TRUE, registeredGuest);

        expiryService.expireGuests();

        Map<String, Object> customer = customer(registered);
        assertNull(customer.get("CM_GUEST_ANONYMIZED"));
        assertEquals("First" + registered, customer.get("FIRST_NAME"));
        assertEquals(1, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", registered));
        assertLive(registeredGuest);
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        long old = guest(daysAgo(400));
        long kept = guest(daysAgo(800));
        orderItem(order(kept, "IN_PROCESS", daysAgo(700)));

        GuestExpiryReport first = expiryService.expireGuests();
        Map<String, Object> afterFirst = customer(old);
        Map<String, Object> keptAfterFirst = customer(kept);
        GuestExpiryReport second = expiryService.expireGuests();

        assertTrue(first.getExpired() >= 1, first.toString());
        assertEquals(0, second.getExpired(), second.toString());
        assertEquals(afterFirst, customer(old));
        assertEquals(keptAfterFirst, customer(kept));
        assertTrue(second.getExamined() < first.getExamined(), "anonymized guests are not examined again");
    }

    @Test
    void anAddressAnOrderStillUsesIsKept() throws Exception {
        long guest = guest(daysAgo(500));
        long shared = address("8 Shared Street");
        customerAddress(guest, shared);
        fulfillmentGroup(order(guest, "SUBMITTED", daysAgo(400)), "DELIVERED", shared);

        expiryService.expireGuests();

        assertAnonymized(guest);
        assertEquals(0, count("BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ID = ?", guest));
        assertEquals(1, count("BLC_ADDRESS WHERE ADDRESS_ID = ?", shared));
    }

    // --- fixtures -----------------------------------------------------------------------------------------------

    long guest(Date created) throws SQLException {
        long id = id();
        insertCustomer(id, true, created);
        return id;
    }

    void insertCustomer(long id, boolean guest, Date createdAt) throws SQLException {
        new RowInserter(dataSource, "BLC_CUSTOMER", "CUSTOMER_ID", "USER_NAME", "EMAIL_ADDRESS", "FIRST_NAME",
                "LAST_NAME", "CHALLENGE_ANSWER", "IS_REGISTERED", "DATE_CREATED", "CM_IS_GUEST", "CM_CONTACT_EMAIL",
                "CM_PHONE", "CM_COMPANY", "CM_GENDER", "CM_DATE_OF_BIRTH", "CM_ADMIN_COMMENT")
                .insert(dataSource, id, "user" + id, "user" + id + "@guest.invalid", "First" + id, "Last" + id,
                        "blue", !guest, createdAt, guest, "buyer" + id + "@example.com",
                        "+41 44 000 00 00", "ACME", "FEMALE",
                        daysAgo(10000), "called twice");
        created.add(new Object[] {"BLC_CUSTOMER", "CUSTOMER_ID", id});
        if (guest) {
            jdbc.update("INSERT INTO CM_GUEST_KEY (GUEST_KEY, CUSTOMER_ID) VALUES (?, ?)", "buyer" + id + "@example.com",
                    id);
            created.add(new Object[] {"CM_GUEST_KEY", "CUSTOMER_ID", id});
        }
    }

    long order(long customer, String status, Date updated) throws SQLException {
        return row("BLC_ORDER", "ORDER_ID", "CUSTOMER_ID", customer, "ORDER_STATUS", status, "DATE_CREATED",
                new Date(updated.getTime() - DAY), "DATE_UPDATED", updated, "SUBMIT_DATE",
                "IN_PROCESS".equals(status) ? null : new Date(updated.getTime() - DAY),
                "EMAIL_ADDRESS", "buyer" + customer + "@example.com");
    }

    long orderItem(long order) throws SQLException {
        return row("BLC_ORDER_ITEM", "ORDER_ITEM_ID", "ORDER_ID", order, "NAME", "Shoe", "QUANTITY", 1);
    }

    long fulfillmentGroup(long order, String status, long address) throws SQLException {
        return row("BLC_FULFILLMENT_GROUP", "FULFILLMENT_GROUP_ID", "ORDER_ID", order, "STATUS", status,
                "ADDRESS_ID", address);
    }

    long address(String line) throws SQLException {
        if (count("BLC_COUNTRY WHERE ABBREVIATION = ?", "CH") == 0) {
            new RowInserter(dataSource, "BLC_COUNTRY", "ABBREVIATION", "NAME").insert(dataSource, "CH", "Switzerland");
            created.add(new Object[] {"BLC_COUNTRY", "ABBREVIATION", "CH"});
        }
        return row("BLC_ADDRESS", "ADDRESS_ID", "ADDRESS_LINE1", line, "CITY", "Zurich", "POSTAL_CODE", "8000",
                "FIRST_NAME", "Ann", "COUNTRY", "CH");
    }

    void customerAddress(long customer, long address) throws SQLException {
        row("BLC_CUSTOMER_ADDRESS", "CUSTOMER_ADDRESS_ID", "CUSTOMER_ID", customer, "ADDRESS_ID", address,
                "ADDRESS_NAME", "home");
    }

    long customerPhone(long customer) throws SQLException {
        long phone = row("BLC_PHONE", "PHONE_ID", "PHONE_NUMBER", "+41 44 111 11 11");
        row("BLC_CUSTOMER_PHONE", "CUSTOMER_PHONE_ID", "CUSTOMER_ID", customer, "PHONE_ID", phone,
                "PHONE_NAME", "mobile");
        return phone;
    }

    /** Inserts a row with a fresh id: the table, its id column, then column / value pairs. */
    long row(String table, String idColumn, Object... columnsAndValues) throws SQLException {
        long id = id();
        String[] columns = new String[columnsAndValues.length / 2 + 1];
        Object[] values = new Object[columns.length];
        columns[0] = idColumn;
        values[0] = id;
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns[i / 2 + 1] = (String) columnsAndValues[i];
            values[i / 2 + 1] = columnsAndValues[i + 1];
        }
        new RowInserter(dataSource, table, columns).insert(dataSource, values);
        created.add(new Object[] {table, idColumn, id});
        return id;
    }

    long id() {
        return nextId++;
    }

    static Date daysAgo(int days) {
        return new Date(System.currentTimeMillis() - days * DAY);
    }

    Map<String, Object> customer(long id) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?", id);
        Map<String, Object> upper = new java.util.TreeMap<String, Object>();
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            upper.put(entry.getKey().toUpperCase(java.util.Locale.ROOT), entry.getValue());
        }
        return upper;
    }

    int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }

    void assertLive(long id) {
        Map<String, Object> customer = customer(id);
        assertNull(customer.get("CM_GUEST_ANONYMIZED"), "guest " + id + " kept");
        assertEquals("buyer" + id + "@example.com", customer.get("CM_CONTACT_EMAIL"));
    }

    void assertAnonymized(long id) {
        Map<String, Object> customer = customer(id);
        assertNotNull(customer.get("CM_GUEST_ANONYMIZED"), "guest " + id + " expired");
        assertNull(customer.get("CM_CONTACT_EMAIL"));
        assertNull(customer.get("FIRST_NAME"));
    }
}
