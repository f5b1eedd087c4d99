package io.custmgr.privacy;

import io.custmgr.privacy.export.PersonalDataSection;
import io.custmgr.privacy.export.service.PersonalDataExportRefusedException;
import io.custmgr.privacy.export.service.PersonalDataExporter;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's export holds every section with their data and none of another customer's, as parseable JSON and
 * escaped HTML; many rows stream; erased and merged customers are refused. Rows are written in the test's rolled-back
 * transaction, which the export joins.
 */
@BroadleafIntegrationTest
@Transactional
class PersonalDataExportIT {

    private static long nextId = 7700000000L + (System.nanoTime() % 100000L) * 1000L;

    @Resource(name = "cmPersonalDataExporter")
    PersonalDataExporter exporter;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource
    List<PersonalDataSection> sections;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;
    ErasureFixtures fixtures;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        fixtures = new ErasureFixtures(transactionManager.getDataSource(), jdbc, nextId);
        nextId += 1000;
    }

    @Test
    void everySectionHoldsTheCustomersDataAndNoneOfAnothersInParseableJsonAndEscapedHtml() throws IOException {
        long customer = customerWithEverything();
        long other = customerWithEverything();
        jdbc.update("UPDATE BLC_CUSTOMER SET FIRST_NAME = ? WHERE CUSTOMER_ID = ?", "<script>alert(1)</script>",
                customer);

        Map<String, byte[]> zip = export(customer);

        assertEquals(2, zip.size());
        String jsonText = new String(zip.get("personal-data.json"), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(jsonText);
        List<String> keys = new ArrayList<String>();
        for (Iterator<String> it = json.getFieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        assertEquals("export", keys.get(0));
        assertEquals(sections.size() + 1, keys.size(), "one key per section: " + keys);
        assertEquals(customer, json.get("export").get("customerId").getLongValue());
        for (String key : new String[] {"profile", "customFields", "addresses", "phones", "orders", "orderPayments",
                "fulfillment", "cartAndWishlists", "pageViews", "activity", "groups", "emails", "messages",
                "consents", "auditTrail", "merges", "assistedSessions", "library", "downloads"}) {
            assertTrue(json.get(key).size() > 0, key + " holds the customer's records");
        }
        assertEquals("<script>alert(1)</script>", json.get("profile").get(0).get("firstName").getTextValue());
        assertNull(json.get("profile").get(0).get("password"), "never the password hash");
        assertFalse(jsonText.contains("secret-hash"));
        JsonNode order = json.get("orders").get(0);
        assertEquals("123.45", order.get("orderTotal").getDecimalValue().toPlainString());
        assertEquals("Green Tea", order.get("lines").get(0).get("itemName").getTextValue());
        assertEquals(3, json.get("pageViews").size());
        assertEquals(2, json.get("cartAndWishlists").size(), "the cart and a wishlist");
        assertTrue(jsonText.contains(ErasureFixtures.lastName(customer)));
        assertTrue(jsonText.contains("1 " + ErasureFixtures.lastName(customer) + " Street"));
        for (String personal : personal(other)) {
            assertFalse(jsonText.contains(personal), "another customer's " + personal);
        }

        String html = new String(zip.get("personal-data.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script"), "shopper's markup never runs");
        assertTrue(html.contains("<h2 id=\"pageViews\">Page views</h2>"));
        assertTrue(html.contains(ErasureFixtures.lastName(customer)));
        for (String personal : personal(other)) {
            assertFalse(html.contains(personal), "another customer's " + personal);
        }
    }

    @Test
    void aCustomerWithManyPageViewsExportsThemAllStreamed() throws IOException {
        final long customer = ErasureFixtures.registered(customerService, em, fixtures.id(), true);
        final long firstId = nextId;
        nextId += 20000;
        final Timestamp now = new Timestamp(System.currentTimeMillis());
        final int views = 20000;
        jdbc.batchUpdate("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, URL, VIEW_TIME) VALUES (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, firstId + i);
                        ps.setLong(2, customer);
                        ps.setString(3, "/product/" + i);
                        ps.setTimestamp(4, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return views;
                    }
                });
        final long[] progress = new long[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long records = exporter.export(customer, out, new PersonalDataExporter.ExportProgress() {
            @Override
            public void recordsWritten(long written) {
                progress[0] = written;
            }
        });

        JsonNode json = new ObjectMapper().readTree(new ByteArrayInputStream(unzip(out.toByteArray())
                .get("personal-data.json")));
        assertEquals(views, json.get("pageViews").size());
        assertEquals("/product/19999", json.get("pageViews").get(views - 1).get("url").getTextValue());
        assertTrue(records > views);
        assertEquals(records, progress[0]);
    }

    @Test
    void erasedMergedAndUnknownCustomersAreRefusedWithoutWritingAByte() {
        long erased = ErasureFixtures.registered(customerService, em, fixtures.id(), true);
        long merged = ErasureFixtures.registered(customerService, em, fixtures.id(), true);
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_ERASED_DATE = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis()), erased);
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_MERGED_INTO = ? WHERE CUSTOMER_ID = ?", erased, merged);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertTrue(assertThrows(PersonalDataExportRefusedException.class, () -> exporter.export(erased, out, null))
                .getMessage().contains("erased"));
        assertTrue(assertThrows(PersonalDataExportRefusedException.class, () -> exporter.export(merged, out, null))
                .getMessage().contains("merged into customer " + erased));
        assertEquals("There is no such customer.", assertThrows(PersonalDataExportRefusedException.class,
                () -> exporter.export(nextId + 999, out, null)).getMessage());
        assertEquals(0, out.size());
    }

    /** Fixtures' rows (profile, address book, attribute, page views, activity, audit, an order) and the rest. */
    private long customerWithEverything() {
        long customer = ErasureFixtures.registered(customerService, em, fixtures.id(), true);
        fixtures.ownRows(customer);
        fixtures.order(customer, "FULFILLED");
        String name = ErasureFixtures.lastName(customer);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.update("INSERT INTO BLC_CUSTOMER_PHONE (CUSTOMER_PHONE_ID, CUSTOMER_ID, PHONE_ID, PHONE_NAME)"
                + " SELECT ?, ?, PHONE_ID, ? FROM BLC_PHONE WHERE PHONE_NUMBER = ?", fixtures.id(), customer,
                "mobile of " + name, "044 " + customer);
        for (String status : new String[] {"IN_PROCESS", "NAMED"}) {
            long cart = fixtures.id();
            jdbc.update("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, NAME) VALUES (?, ?, ?, ?)", cart,
                    customer, status, "wishlist");
            jdbc.update("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID, NAME, QUANTITY) VALUES (?, ?, ?, 1)",
                    fixtures.id(), cart, "Mug for " + name);
        }
        long group = fixtures.id();
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP (CUSTOMER_GROUP_ID, NAME, NAME_KEY) VALUES (?, ?, ?)", group,
                "Group " + name, "group " + name.toLowerCase());
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP_MEMBER (CUSTOMER_GROUP_ID, CUSTOMER_ID) VALUES (?, ?)", group,
                customer);
        jdbc.update("INSERT INTO CM_MAIL_LOG (LOG_ID, CUSTOMER_ID, CREATED, MASKED, STATUS, SUBJECT, TO_ADDRESS)"
                + " VALUES (?, ?, ?, FALSE, 'SENT', ?, ?)", "mail-" + customer, customer, now, "Hello " + name,
                ErasureFixtures.email(customer));
        jdbc.update("INSERT INTO CM_CUSTOMER_MESSAGE (MESSAGE_ID, CUSTOMER_ID, SENT, SUBJECT, BODY)"
                + " VALUES (?, ?, ?, ?, ?)", "msg-" + customer, customer, now, "For " + name, "Dear " + name);
        jdbc.update("INSERT INTO CM_CONSENT (CONSENT_ID, CUSTOMER_ID, KIND, GRANTED, RECORDED_AT, SOURCE, IP_ADDRESS)"
                + " VALUES (?, ?, 'NEWSLETTER', TRUE, ?, 'ACCOUNT_PAGE', ?)", fixtures.id(), customer, now,
                ErasureFixtures.ip(customer));
        jdbc.update("INSERT INTO CM_CUSTOMER_MERGE (ABSORBED_ID, SURVIVOR_ID, ABSORBED_EMAIL, MERGED_AT)"
                + " VALUES (?, ?, ?, ?)", fixtures.id(), customer, "old-" + ErasureFixtures.email(customer), now);
        jdbc.update("INSERT INTO CM_ASSIST_SESSION (ASSIST_SESSION_ID, ADMIN_NAME, ADMIN_USER_ID, CUSTOMER_ID,"
                + " ORDERS_PLACED, PAGES_VIEWED, STARTED) VALUES (?, 'csr', 1, ?, 0, 2, ?)", fixtures.id(), customer,
                now);
        jdbc.update("INSERT INTO CM_LIBRARY_ENTRY (CUSTOMER_ID, PRODUCT_ID, ACQUISITION, GIVER, GRANTED_DATE, STATUS,"
                + " DOWNLOADS_USED) VALUES (?, ?, 'GIFT', ?, ?, 'ACTIVE', 1)", customer, fixtures.id(),
                "a friend of " + name, now);
        jdbc.update("INSERT INTO CM_DOWNLOAD_LOG (LOG_ID, CUSTOMER_ID, FILE_ID, PRODUCT_ID, FILE_NAME, DOWNLOAD_TIME,"
                + " BYTES_SENT, IP_ADDRESS) VALUES (?, ?, 1, 1, 'guide.pdf', ?, 10, ?)", fixtures.id(), customer, now,
                ErasureFixtures.ip(customer));
        return customer;
    }

    private static String[] personal(long customer) {
        return new String[] {ErasureFixtures.email(customer), ErasureFixtures.lastName(customer),
                ErasureFixtures.ip(customer), "044 " + customer};
    }

    private Map<String, byte[]> export(long customer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(customer, out, null);
        return unzip(out.toByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<String, byte[]>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    content.write(buffer, 0, n);
                }
                entries.put(entry.getName(), content.toByteArray());
            }
        }
        return entries;
    }
}
