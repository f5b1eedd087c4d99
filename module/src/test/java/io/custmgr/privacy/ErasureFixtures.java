package io.custmgr.privacy;

import io.custmgr.guest.testsupport.RowInserter;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

/**
 * A customer's personal data in every place the erasure knows, written with JDBC in the caller's transaction (ids from
 * a block far above Hibernate's): its own rows, and a placed order holding copies (e-mail, shipping and billing
 * address, phone, gift message, buyer's IP). Every string is unique to the customer, so a scan of the whole database
 * finds exactly what is left of it.
 */
final class ErasureFixtures {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private long nextId;

    ErasureFixtures(DataSource dataSource, JdbcTemplate jdbc, long firstId) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.nextId = firstId;
    }

    long id() {
        return nextId++;
    }

    /** A registered customer with this id, saved through Broadleaf, with {@link #email} and optionally names. */
    static long registered(CustomerService customerService, EntityManager em, long id, boolean named) {
        Customer customer = customerService.createCustomer();
        customer.setId(id);
        customer.setEmailAddress(email(id));
        customer.setUsername(email(id));
        if (named) {
            customer.setFirstName("Dora");
            customer.setLastName(lastName(id));
            customer.setPassword("secret-hash");
        }
        customer.setRegistered(true);
        customer = customerService.saveCustomer(customer, false);
        em.flush();
        return customer.getId();
    }

    static String ip(long customerId) {
        return "2001:db8::" + Long.toHexString(customerId);
    }

    static String lastName(long customerId) {
        return "Erasmus" + Long.toString(customerId, 36);
    }

    /** The customer's profile, address book, attribute, page views, activity, match key, message and audit trail. */
    void ownRows(long customerId) {
        String email = email(customerId);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.update("UPDATE BLC_CUSTOMER SET LAST_NAME = ?, CM_PHONE = ?, CM_COMPANY = ?, CM_REGISTRATION_IP = ?,"
                + " CM_ADMIN_COMMENT = ?, CM_NEWSLETTER_OPT_IN = ? WHERE CUSTOMER_ID = ?", lastName(customerId),
                "+41 44 555 " + customerId % 10000, "Firm " + lastName(customerId), ip(customerId),
                "Call " + lastName(customerId), Boolean.TRUE, customerId);
        RowInserter.ensureCountry(dataSource, "CH", "Switzerland");
        long phone = phone("044 " + customerId);
        long address = address("1 " + lastName(customerId) + " Street", phone);
        jdbc.update("INSERT INTO BLC_CUSTOMER_ADDRESS (CUSTOMER_ADDRESS_ID, CUSTOMER_ID, ADDRESS_ID, ADDRESS_NAME)"
                + " VALUES (?, ?, ?, ?)", id(), customerId, address, "home of " + lastName(customerId));
        jdbc.update("INSERT INTO BLC_CUSTOMER_ATTRIBUTE (CUSTOMER_ATTR_ID, CUSTOMER_ID, NAME, VALUE)"
                + " VALUES (?, ?, 'nickname', ?)", id(), customerId, lastName(customerId));
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, URL, VIEW_TIME, IP_ADDRESS, USER_AGENT,"
                    + " REFERRER) VALUES (?, ?, ?, ?, ?, ?, ?)", id(), customerId, "/search?q=" + lastName(customerId),
                    now, ip(customerId), "Agent/" + lastName(customerId), "http://ref/" + lastName(customerId));
        }
        jdbc.update("INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID, EVENT_TYPE, EVENT_TIME, IP_ADDRESS)"
                + " VALUES (?, ?, 'LOGIN', ?, ?)", id(), customerId, now, ip(customerId));
        jdbc.update("INSERT INTO CM_CUSTOMER_MATCH_KEY (CUSTOMER_ID, KIND, MATCH_KEY) VALUES (?, 'EMAIL', ?)",
                customerId, email);
        jdbc.update("INSERT INTO CM_CUSTOMER_AUDIT (AUDIT_ID, CUSTOMER_ID, EVENT_TIME, ACTOR_KIND, ACTION, FIELD_NAME,"
                + " OLD_VALUE) VALUES (?, ?, ?, 'ADMIN', 'FIELD_CHANGED', 'lastName', ?)", id(), customerId, now,
                lastName(customerId));
    }

    /**
     * A submitted order of 123.45 with one item, a fulfillment group in {@code fulfillment} status shipping to the
     * customer, a payment with a billing address and a transaction from the customer's IP.
     *
     * @return the order id
     */
    long order(long customerId, String fulfillment) {
        long order = id();
        insert("BLC_ORDER", columns("ORDER_ID", "CUSTOMER_ID", "ORDER_STATUS", "ORDER_NUMBER", "EMAIL_ADDRESS",
                "ORDER_TOTAL", "ORDER_SUBTOTAL", "TOTAL_TAX", "SUBMIT_DATE"), order, customerId, "SUBMITTED",
                "E" + order, email(customerId), new BigDecimal("123.45"), new BigDecimal("113.45"),
                new BigDecimal("10.00"), new Timestamp(System.currentTimeMillis()));
        insert("BLC_ORDER_ITEM", columns("ORDER_ITEM_ID", "ORDER_ID", "NAME", "QUANTITY", "PRICE"), id(), order,
                "Green Tea", 3, new BigDecimal("37.82"));
        long message = id();
        insert("BLC_PERSONAL_MESSAGE", columns("PERSONAL_MESSAGE_ID", "MESSAGE_TO", "MESSAGE_FROM", "MESSAGE"),
                message, "Aunt of " + lastName(customerId), lastName(customerId), "Love, " + lastName(customerId));
        long phone = phone("079 " + customerId);
        insert("BLC_FULFILLMENT_GROUP", columns("FULFILLMENT_GROUP_ID", "ORDER_ID", "ADDRESS_ID", "PHONE_ID",
                "PERSONAL_MESSAGE_ID", "STATUS"), id(), order, address("2 " + lastName(customerId) + " Road", null),
                phone, message, fulfillment);
        long payment = id();
        insert("BLC_ORDER_PAYMENT", columns("ORDER_PAYMENT_ID", "ORDER_ID", "ADDRESS_ID", "AMOUNT"), payment, order,
                address("3 " + lastName(customerId) + " Lane", null), new BigDecimal("123.45"));
        insert("BLC_ORDER_PAYMENT_TRANSACTION", columns("PAYMENT_TRANSACTION_ID", "ORDER_PAYMENT",
                "CUSTOMER_IP_ADDRESS", "TRANSACTION_AMOUNT", "RAW_RESPONSE"), id(), payment, ip(customerId),
                new BigDecimal("123.45"), "payer_email=" + email(customerId) + "&payer_name=" + lastName(customerId));
        return order;
    }

    private void insert(String table, String[] columns, Object... values) {
        RowInserter.insertRow(dataSource, table, columns, values); // in the caller's transaction
    }

    private static String[] columns(String... names) {
        return names;
    }

    static String email(long customerId) {
        return "erasable" + customerId + "@example.com";
    }

    private long phone(String number) {
        long phone = id();
        jdbc.update("INSERT INTO BLC_PHONE (PHONE_ID, PHONE_NUMBER, IS_DEFAULT, IS_ACTIVE) VALUES (?, ?, ?, ?)", phone,
                number, Boolean.FALSE, Boolean.TRUE);
        return phone;
    }

    private long address(String line1, Long phone) {
        long address = id();
        jdbc.update("INSERT INTO BLC_ADDRESS (ADDRESS_ID, ADDRESS_LINE1, CITY, POSTAL_CODE, FIRST_NAME, LAST_NAME,"
                + " COUNTRY, PHONE_PRIMARY_ID, IS_DEFAULT, IS_ACTIVE, IS_BUSINESS) VALUES (?, ?, 'Zurich', '8000',"
                + " 'Dora', ?, 'CH', ?, ?, ?, ?)", address, line1, line1.split(" ")[1], phone, Boolean.FALSE,
                Boolean.TRUE, Boolean.FALSE);
        return address;
    }
}
