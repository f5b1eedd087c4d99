package io.custmgr.customer.deletion.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.customer.deletion.dao.RemovedCustomer;
import io.custmgr.customer.deletion.type.KeepRule;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deleting a customer leaves no row of theirs anywhere, or is refused with nothing changed; through the module's
 * service (admin Delete and "Delete selected") and through Broadleaf's own customer delete alike. Each test runs in
 * one rolled-back transaction: the rows are written through its connection and counted there.
 */
@BroadleafIntegrationTest
@Transactional
class CustomerDeletionIT {

    private static long nextId = 7500000000L + (System.nanoTime() % 100000L) * 1000L;

    @Resource(name = "cmCustomerDeletionService")
    CustomerDeletionService deletionService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;

    /** Per customer, its address and phone row ids (the customer address row names them only while it exists). */
    final Map<Long, long[]> addressAndPhone = new java.util.HashMap<Long, long[]>();

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "cmActivityRecorder")
    BackgroundBatchQueue<?> activityWriter;

    @Resource(name = "cmPageViewRecorder")
    BackgroundBatchQueue<?> pageViewWriter;

    @Resource(name = "cmCustomerMatchKeyRefresher")
    BackgroundBatchQueue<?> matchKeyWriter;

    @BeforeEach
    void setUp() throws InterruptedException {
        // The background writers still busy with events of earlier tests (Hibernate 4.1 reports even rolled-back
        // inserts to post-commit listeners) would wait for this test's table locks on HSQLDB while holding theirs.
        for (BackgroundBatchQueue<?> writer : Arrays.asList(activityWriter, pageViewWriter, matchKeyWriter)) {
            writer.flush(10000L);
        }
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
        // Hibernate takes ids in pools of 50 on a connection of its own; the activity writer takes them in the test's
        // background (events of earlier tests) and then waits for the activity table. On HSQLDB, which locks whole
        // tables, a test transaction holding that table must not need a fresh pool: entities come first, the JDBC rows
        // last (withRowsEverywhere), and the deletion's audit record takes its id from the pool taken here.
        auditService.record(CustomerAuditEntry.of(0L, CustomerAuditAction.FIELD_CHANGED, "id pool"), AuditActor.system());
    }

    @Test
    void aCustomerWithACartPageViewsActivityGroupsMatchKeysAndAPendingClaimIsDeletedWithNoRowLeft() {
        long customer = registered();
        long cart = cartWithItem(customer);
        withRowsEverywhere(customer);
        Map<String, Integer> before = rowsOf(customer, cart);
        for (Map.Entry<String, Integer> table : before.entrySet()) {
            assertTrue(table.getValue() > 0, table.getKey() + " has no test row");
        }

        RemovedCustomer removed = deletionService.delete(customer);
        em.flush();

        for (Map.Entry<String, Integer> table : rowsOf(customer, cart).entrySet()) {
            assertEquals(Integer.valueOf(0), table.getValue(), table.getKey() + " still has rows of the customer");
        }
        assertEquals(Integer.valueOf(1), removed.getRows().get("carts and wishlists"));
        assertEquals(Integer.valueOf(2), removed.getRows().get("page views"));
        assertEquals(Integer.valueOf(1), removed.getRows().get("group memberships"));
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'CUSTOMER_DELETED'"
                + " AND DETAIL LIKE '%page views: 2%'", customer));
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ?", customer)); // the earlier trail went
    }

    @Test
    void aCustomerWithAPlacedOrderIsRefusedWithTheReasonAndNothingChanges() {
        long customer = registered();
        long cart = cartWithItem(customer);
        placedOrder(customer);
        withRowsEverywhere(customer);
        Map<String, Integer> before = rowsOf(customer, cart);

        CustomerDeletionRefusedException refused = assertThrows(CustomerDeletionRefusedException.class,
                () -> deletionService.delete(customer));

        assertEquals(KeepRule.ORDERS, refused.getRule());
        assertTrue(refused.getMessage().contains("placed orders"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Deactivate"), refused.getMessage());
        assertEquals(before, rowsOf(customer, cart));
    }

    @Test
    void deletingSeveralDeletesThoseNoRuleRefusesAndReportsTheOthers() {
        long deletable = registered();
        long buyer = registered();
        placedOrder(buyer);
        long protectedOne = registered();
        for (long customer : new long[] {deletable, buyer, protectedOne}) {
            withRowsEverywhere(customer);
        }
        jdbc.update("UPDATE BLC_CUSTOMER SET CM_CLEANUP_PROTECTED = ? WHERE CUSTOMER_ID = ?", Boolean.TRUE,
                protectedOne);
        long unknown = nextId++;

        CustomerDeletionReport report = deletionService.deleteAll(Arrays.asList(deletable, buyer, protectedOne,
                unknown));

        assertEquals(1, report.getDeleted().size());
        assertEquals(deletable, report.getDeleted().get(0).getCustomerId());
        assertEquals(KeepRule.ORDERS, report.getRefused().get(buyer));
        assertEquals(KeepRule.PROTECTED, report.getRefused().get(protectedOne));
        assertEquals(KeepRule.GONE, report.getRefused().get(unknown));
        assertEquals(0, count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", deletable));
        assertEquals(1, count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", buyer));
        assertEquals(2, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", buyer));
    }

    @Test
    void broadleafsOwnCustomerDeleteLeavesNoRowOfTheModuleOrTheCart() {
        long customer = registered();
        long cart = cartWithItem(customer);
        withRowsEverywhere(customer);
        em.clear();

        customerService.deleteCustomer(customerService.readCustomerById(customer));
        em.flush();

        for (Map.Entry<String, Integer> table : rowsOf(customer, cart).entrySet()) {
            assertEquals(Integer.valueOf(0), table.getValue(), table.getKey() + " still has rows of the customer");
        }
        assertEquals(1, count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'CUSTOMER_DELETED'", customer));
    }

    @Test
    void theEntityManagerRemovingACustomerWithAPlacedOrderIsRefusedWithTheReason() {
        long customer = registered();
        placedOrder(customer);
        withRowsEverywhere(customer);
        em.clear();
        final Customer loaded = customerService.readCustomerById(customer);

        CustomerDeletionRefusedException refused = assertThrows(CustomerDeletionRefusedException.class,
                () -> em.remove(loaded));

        assertEquals(KeepRule.ORDERS, refused.getRule());
        assertEquals(2, count("CM_PAGE_VIEW WHERE CUSTOMER_ID = ?", customer));
        assertEquals(1, count("BLC_CUSTOMER WHERE CUSTOMER_ID = ?", customer));
    }

    /** A registered customer (through Broadleaf's service). */
    private long registered() {
        Customer customer = customerService.createCustomer();
        String email = "deleted" + nextId++ + "@example.com";
        customer.setEmailAddress(email);
        customer.setUsername(email);
        customer.setFirstName("Dora");
        customer.setRegistered(true);
        customer = customerService.saveCustomer(customer, false);
        em.flush();
        return customer.getId();
    }

    /**
     * Its rows in the module's and Broadleaf's tables, written with JDBC after everything that takes ids through
     * Hibernate (customer, cart, orders): see {@link #setUp()}.
     */
    private long withRowsEverywhere(long id) {
        String email = jdbc.queryForObject("SELECT EMAIL_ADDRESS FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?",
                String.class, id);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        if (count("BLC_COUNTRY WHERE ABBREVIATION = ?", "CH") == 0) {
            jdbc.update("INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CH', 'Switzerland')");
        }
        long phone = nextId++;
        jdbc.update("INSERT INTO BLC_PHONE (PHONE_ID, PHONE_NUMBER, IS_DEFAULT, IS_ACTIVE)"
                + " VALUES (?, '044 123 45 67', ?, ?)", phone, Boolean.FALSE, Boolean.TRUE);
        long address = nextId++;
        jdbc.update("INSERT INTO BLC_ADDRESS (ADDRESS_ID, ADDRESS_LINE1, CITY, POSTAL_CODE, FIRST_NAME, COUNTRY,"
                + " PHONE_PRIMARY_ID, IS_DEFAULT, IS_ACTIVE, IS_BUSINESS) VALUES (?, '1 Gone Street', 'Zurich', '8000',"
                + " 'Dora', 'CH', ?, ?, ?, ?)", address, phone, Boolean.FALSE, Boolean.TRUE, Boolean.FALSE);
        jdbc.update("INSERT INTO BLC_CUSTOMER_ADDRESS (CUSTOMER_ADDRESS_ID, CUSTOMER_ID, ADDRESS_ID, ADDRESS_NAME)"
                + " VALUES (?, ?, ?, 'home')", nextId++, id, address);
        addressAndPhone.put(id, new long[] {address, phone});
        jdbc.update("INSERT INTO BLC_CUSTOMER_ATTRIBUTE (CUSTOMER_ATTR_ID, CUSTOMER_ID, NAME, VALUE)"
                + " VALUES (?, ?, 'size', '42')", nextId++, id);
        jdbc.update("INSERT INTO BLC_CUSTOMER_PASSWORD_TOKEN (PASSWORD_TOKEN, CUSTOMER_ID, CREATE_DATE,"
                + " TOKEN_USED_FLAG) VALUES (?, ?, ?, ?)", "token" + id, id, now, Boolean.FALSE);
        for (int i = 0; i < 2; i++) {
            jdbc.update("INSERT INTO CM_PAGE_VIEW (PAGE_VIEW_ID, CUSTOMER_ID, URL, VIEW_TIME) VALUES (?, ?, ?, ?)",
                    nextId++, id, "/hot-sauces", now);
        }
        jdbc.update("INSERT INTO CM_ACTIVITY_EVENT (ACTIVITY_EVENT_ID, CUSTOMER_ID, EVENT_TYPE, EVENT_TIME)"
                + " VALUES (?, ?, 'LOGIN', ?)", nextId++, id, now);
        long group = nextId++;
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP (CUSTOMER_GROUP_ID, NAME, NAME_KEY) VALUES (?, ?, ?)", group,
                "Deletion group " + group, "deletion group " + group);
        jdbc.update("INSERT INTO CM_CUSTOMER_GROUP_MEMBER (CUSTOMER_GROUP_ID, CUSTOMER_ID) VALUES (?, ?)", group, id);
        jdbc.update("INSERT INTO CM_CUSTOMER_MATCH_KEY (CUSTOMER_ID, KIND, MATCH_KEY) VALUES (?, 'EMAIL', ?)", id,
                email);
        Timestamp tomorrow = new Timestamp(System.currentTimeMillis() + 86400000L);
        jdbc.update("INSERT INTO CM_MAILED_TOKEN (TOKEN_HASH, PURPOSE, CUSTOMER_ID, PAYLOAD, CREATED, EXPIRES, ATTEMPTS)"
                + " VALUES (?, 'EMAIL_CHANGE', ?, ?, ?, ?, 0)", "ec" + id, id, "new-" + email, now, tomorrow);
        // a pending claim about the customer, mailed to another one (the subject's side is deleted too)
        jdbc.update("INSERT INTO CM_MAILED_TOKEN (TOKEN_HASH, PURPOSE, CUSTOMER_ID, SUBJECT_ID, CREATED, EXPIRES, ATTEMPTS)"
                + " VALUES (?, 'GUEST_CLAIM', ?, ?, ?, ?, 0)", "gc" + id, -id, id, now, tomorrow);
        jdbc.update("INSERT INTO CM_GUEST_KEY (GUEST_KEY, CUSTOMER_ID) VALUES (?, ?)", "key-" + email, id);
        jdbc.update("INSERT INTO CM_CUSTOMER_AUDIT (AUDIT_ID, CUSTOMER_ID, EVENT_TIME, ACTOR_KIND, ACTION)"
                + " VALUES (?, ?, ?, 'ADMIN', 'FIELD_CHANGED')", nextId++, id, now);
        return id;
    }

    /** The customer's open cart with one item, through Broadleaf's own entities; @return the order id */
    private long cartWithItem(long customerId) {
        Order cart = orderService.createNewCartForCustomer(customerService.readCustomerById(customerId));
        Sku sku = (Sku) entities.createEntityInstance(Sku.class.getName());
        sku.setName("Green Tea");
        em.persist(sku);
        Product product = (Product) entities.createEntityInstance(Product.class.getName());
        product.setDefaultSku(sku);
        em.persist(product);
        DiscreteOrderItem item = (DiscreteOrderItem) entities.createEntityInstance(DiscreteOrderItem.class.getName());
        item.setOrder(cart);
        item.setSku(sku);
        item.setProduct(product);
        item.setName("Green Tea");
        item.setQuantity(2);
        item.setRetailPrice(new Money(3));
        em.persist(item);
        cart.getOrderItems().add(item);
        em.flush();
        return cart.getId();
    }

    private void placedOrder(long customerId) {
        Order order = orderService.createNewCartForCustomer(customerService.readCustomerById(customerId));
        order.setStatus(OrderStatus.SUBMITTED);
        order.setSubmitDate(new Date());
        em.flush();
    }

    /** Rows of the customer (and its cart) per table. */
    private Map<String, Integer> rowsOf(long customer, long cart) {
        Map<String, Integer> rows = new LinkedHashMap<String, Integer>();
        for (String table : new String[] {"BLC_CUSTOMER", "BLC_CUSTOMER_ADDRESS", "BLC_CUSTOMER_ATTRIBUTE",
                "BLC_CUSTOMER_PASSWORD_TOKEN", "CM_PAGE_VIEW", "CM_ACTIVITY_EVENT", "CM_CUSTOMER_GROUP_MEMBER",
                "CM_CUSTOMER_MATCH_KEY", "CM_MAILED_TOKEN", "CM_GUEST_KEY"}) {
            rows.put(table, count(table + " WHERE CUSTOMER_ID = ?", customer));
        }
        rows.put("CM_MAILED_TOKEN about", count("CM_MAILED_TOKEN WHERE SUBJECT_ID = ?", customer));
        rows.put("BLC_ORDER", count("BLC_ORDER WHERE ORDER_ID = ?", cart));
        rows.put("BLC_ORDER_ITEM", count("BLC_ORDER_ITEM WHERE ORDER_ID = ?", cart));
        rows.put("BLC_ADDRESS", count("BLC_ADDRESS WHERE ADDRESS_ID = ?", addressAndPhone.get(customer)[0]));
        rows.put("BLC_PHONE", count("BLC_PHONE WHERE PHONE_ID = ?", addressAndPhone.get(customer)[1]));
        return rows;
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
