package io.custmgr.stock;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.MailKind;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.privacy.export.service.PersonalDataExporter;
import io.custmgr.privacy.service.PersonalDataErasureService;
import io.custmgr.stock.dao.StockSubscriptionDao;
import io.custmgr.stock.dao.StockSubscriptionRow;
import io.custmgr.stock.domain.StockSubscription;
import io.custmgr.stock.service.BackInStockNotifierImpl;
import io.custmgr.stock.service.StockSubscriptionRefusedException;
import io.custmgr.stock.service.StockSubscriptionService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
class StockSubscriptionIT {

    @Resource(name = "cmStockSubscriptionService")
    StockSubscriptionService service;

    @Resource(name = "cmStockSubscriptionDao")
    StockSubscriptionDao dao;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmPersonalDataErasureService")
    PersonalDataErasureService erasureService;

    @Resource(name = "cmPersonalDataExporter")
    PersonalDataExporter exporter;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    CommittedCustomers customers;
    final List<long[]> products = new ArrayList<long[]>();
    final List<CustomerMail> outbox = new ArrayList<CustomerMail>();

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
        for (long[] ids : products) {
            customers.jdbc().update("DELETE FROM CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ?", ids[0]);
            customers.jdbc().update("UPDATE BLC_PRODUCT SET DEFAULT_SKU_ID = NULL WHERE PRODUCT_ID = ?", ids[1]);
            customers.jdbc().update("DELETE FROM BLC_SKU WHERE SKU_ID = ?", ids[0]);
            customers.jdbc().update("DELETE FROM BLC_PRODUCT WHERE PRODUCT_ID = ?", ids[1]);
        }
    }

    @Test
    void aSignedInCustomerIsSubscribedAtTheAccountsAddressAndOnlyOnce() {
        long sku = product("Blue Kettle", "UNAVAILABLE");
        Customer ann = customers.registered("stock-ann@example.com");

        StockSubscription subscription = service.subscribe(ann.getId(), "typed-is-ignored@example.com", sku);

        assertEquals("stock-ann@example.com", subscription.getEmail());
        List<StockSubscriptionRow> rows = service.findForCustomer(ann.getId());
        assertEquals(1, rows.size());
        assertEquals("Blue Kettle", rows.get(0).getProductName());
        assertEquals("OPEN", rows.get(0).getState());
        assertEquals("/blue-kettle", rows.get(0).getProductUrl());
        refused(StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.ALREADY_SUBSCRIBED,
                () -> service.subscribe(ann.getId(), null, sku));
        refused(StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.ALREADY_SUBSCRIBED,
                () -> service.subscribe(null, "  STOCK-Ann@Example.com ", sku));
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ?", sku), "nothing changed");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsWritten() {
        long unavailable = product("Red Kettle", "UNAVAILABLE");
        long inStock = product("Green Kettle", null);

        refused(StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.EMAIL_REQUIRED,
                () -> service.subscribe(null, "   ", unavailable));
        refused(StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.EMAIL_INVALID,
                () -> service.subscribe(null, "not an address", unavailable));
        refused(StockSubscriptionRefusedException.EMAIL, StockSubscriptionRefusedException.EMAIL_INVALID,
                () -> service.subscribe(null, longAddress(), unavailable));
        refused(StockSubscriptionRefusedException.SKU, StockSubscriptionRefusedException.NO_SUCH_SKU,
                () -> service.subscribe(null, "stock-x@example.com", -424242L));
        refused(StockSubscriptionRefusedException.SKU, StockSubscriptionRefusedException.NO_SUCH_SKU,
                () -> service.subscribe(null, "stock-x@example.com", null));
        refused(StockSubscriptionRefusedException.SKU, StockSubscriptionRefusedException.AVAILABLE_NOW,
                () -> service.subscribe(null, "stock-x@example.com", inStock));
        assertEquals(0, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID IN (?, ?)", unavailable, inStock));
    }

    /** The unique key on (SKU_ID, OPEN_KEY) that catches two racing requests is checked by ChangelogIT. */
    @Test
    void onceClosedTheAddressMaySubscribeAgainAndOnlyTheOpenOneHoldsTheOpenKey() {
        long sku = product("Grey Kettle", "UNAVAILABLE");
        StockSubscription first = service.subscribe(null, "stock-again@example.com", sku);
        assertEquals(1, service.unsubscribe(service.unsubscribeToken(first.getId())));

        service.subscribe(null, "stock-again@example.com", sku);

        assertEquals(2, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ?", sku));
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ? AND STATE = 'OPEN'"
                + " AND OPEN_KEY = 'stock-again@example.com'", sku));
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ? AND STATE = 'CANCELLED'"
                + " AND OPEN_KEY IS NULL", sku));
    }

    @Test
    void theJobMailsEachSubscriberOnceWhenTheSkuIsBackAndClosesTheSubscription() {
        long kettle = product("Black Kettle", "UNAVAILABLE");
        long pot = product("Black Pot", "UNAVAILABLE");
        Customer bea = customers.registered("stock-bea@example.com");
        service.subscribe(bea.getId(), null, kettle);
        service.subscribe(null, "stock-guest1@example.com", kettle);
        service.subscribe(null, "stock-guest2@example.com", kettle);
        service.subscribe(null, "stock-guest1@example.com", pot);
        BackInStockNotifierImpl notifier = notifier();

        assertEquals(0, notifier.notifySubscribers(), "nothing is back yet");
        customers.jdbc().update("UPDATE BLC_SKU SET INVENTORY_TYPE = NULL WHERE SKU_ID = ?", kettle);
        assertEquals(3, notifier.notifySubscribers(), "in batches of two");
        assertEquals(0, notifier.notifySubscribers(), "never twice");

        assertEquals(3, outbox.size());
        CustomerMail mail = outbox.get(0);
        assertEquals("stock-bea@example.com", mail.getTo());
        assertEquals(BackInStockNotifierImpl.TEMPLATE, mail.getTemplate());
        assertEquals("Black Kettle is back in stock", mail.getSubject());
        assertEquals("https://shop.example/black-kettle", mail.getVariables().get("productUrl"));
        assertEquals(MailKind.BACK_IN_STOCK.getType(), mail.getVariables().get(CustomerMail.KIND_VARIABLE));
        assertEquals(bea.getId(), mail.getVariables().get(CustomerMail.CUSTOMER_VARIABLE));
        assertNull(outbox.get(1).getVariables().get(CustomerMail.CUSTOMER_VARIABLE));
        assertEquals(3, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ? AND STATE = 'NOTIFIED'"
                + " AND NOTIFIED_DATE IS NOT NULL AND OPEN_KEY IS NULL", kettle));
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ? AND STATE = 'OPEN'", pot));
    }

    @Test
    void anAvailableFlagTurnedOffOrAnEndedSkuIsNotBack() {
        long sku = product("White Kettle", null);
        customers.jdbc().update("UPDATE BLC_SKU SET AVAILABLE_FLAG = 'N' WHERE SKU_ID = ?", sku);
        service.subscribe(null, "stock-flag@example.com", sku);
        BackInStockNotifierImpl notifier = notifier();
        customers.jdbc().update("UPDATE BLC_SKU SET AVAILABLE_FLAG = 'Y', ACTIVE_END_DATE = ? WHERE SKU_ID = ?",
                new Timestamp(System.currentTimeMillis() - 60000L), sku);
        assertEquals(0, notifier.notifySubscribers());
        customers.jdbc().update("UPDATE BLC_SKU SET ACTIVE_END_DATE = NULL, INVENTORY_TYPE = 'ALWAYS_AVAILABLE'"
                + " WHERE SKU_ID = ?", sku);
        assertEquals(1, notifier.notifySubscribers());
    }

    @Test
    void theMailedLinkClosesEveryOpenSubscriptionOfItsAddressAndATamperedOneIsRefused() {
        long kettle = product("Silver Kettle", "UNAVAILABLE");
        long pot = product("Silver Pot", "UNAVAILABLE");
        StockSubscription first = service.subscribe(null, "stock-unsub@example.com", kettle);
        service.subscribe(null, "Stock-Unsub@example.com", pot);
        service.subscribe(null, "stock-other@example.com", pot);
        String token = service.unsubscribeToken(first.getId());

        refused(StockSubscriptionRefusedException.TOKEN, StockSubscriptionRefusedException.LINK_INVALID,
                () -> service.unsubscribe(token.substring(0, token.length() - 1)
                        + (token.endsWith("0") ? "1" : "0"))); // the last character changed, whatever it was
        refused(StockSubscriptionRefusedException.TOKEN, StockSubscriptionRefusedException.LINK_INVALID,
                () -> service.unsubscribe((first.getId() + 1) + token.substring(token.indexOf('.'))));
        assertEquals(2, service.unsubscribe(token));
        assertEquals(0, service.unsubscribe(token), "followed again: nothing left to close");
        assertEquals(2, customers.count("CM_STOCK_SUBSCRIPTION WHERE EMAIL_KEY = ? AND STATE = 'CANCELLED'",
                "stock-unsub@example.com"));
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE EMAIL_KEY = ? AND STATE = 'OPEN'",
                "stock-other@example.com"));
    }

    @Test
    void mergeMovesTheAbsorbedCustomersSubscriptionsDropsDuplicatesTheCopyListsThemAndErasureDeletesThem()
            throws IOException {
        long kettle = product("Gold Kettle", "UNAVAILABLE");
        long pot = product("Gold Pot", "UNAVAILABLE");
        Long survivor = customers.registered("stock-survivor@example.com").getId();
        Customer absorbed = customers.registered("stock-absorbed@example.com");
        service.subscribe(survivor, null, kettle);
        service.subscribe(absorbed.getId(), null, kettle);
        service.subscribe(absorbed.getId(), null, pot);
        service.subscribe(null, " STOCK-Survivor@example.com ", pot); // the same shopper, not signed in

        mergeService.merge(new MergeRequest(survivor, absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));

        assertEquals(0, service.findForCustomer(absorbed.getId()).size());
        List<StockSubscriptionRow> rows = service.findForCustomer(survivor);
        assertEquals(2, rows.size(), "the kettle once, and the pot");
        assertEquals(1, customers.count("CM_STOCK_SUBSCRIPTION WHERE SKU_ID = ?", kettle));
        String copy = exported(survivor);
        assertTrue(copy.contains("\"stockSubscriptions\""), "the copy of personal data lists them");
        assertTrue(copy.contains("Gold Pot") && copy.contains("stock-absorbed@example.com"), copy);

        erasureService.erase(survivor, false, "subscriptions in a test");
        assertEquals(0, customers.count("CM_STOCK_SUBSCRIPTION WHERE CUSTOMER_ID = ?", survivor));
        assertEquals(0, customers.count("CM_STOCK_SUBSCRIPTION WHERE EMAIL_KEY = ?", "stock-survivor@example.com"),
                "the one made with the address alone goes too");
    }

    private String exported(long customer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(customer, out, null);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("personal-data.json".equals(entry.getName())) {
                    return new String(StreamUtils.copyToByteArray(zip), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no personal-data.json");
    }

    private BackInStockNotifierImpl notifier() {
        return new BackInStockNotifierImpl(dao, service, mail -> outbox.add(mail), transactionManager,
                "https://shop.example/", 2);
    }

    /** @return the SKU id of a new product whose default SKU has this name, URL and inventory type */
    private long product(final String name, final String inventoryType) {
        long[] ids = new TransactionTemplate(transactionManager).execute(status -> {
            Sku sku = (Sku) entities.createEntityInstance(Sku.class.getName());
            sku.setName(name);
            em.persist(sku);
            Product product = (Product) entities.createEntityInstance(Product.class.getName());
            product.setDefaultSku(sku);
            product.setUrl("/" + name.toLowerCase().replace(' ', '-'));
            em.persist(product);
            sku.setDefaultProduct(product);
            return new long[] {sku.getId(), product.getId()};
        });
        customers.jdbc().update("UPDATE BLC_SKU SET INVENTORY_TYPE = ? WHERE SKU_ID = ?", inventoryType, ids[0]);
        products.add(ids);
        return ids[0];
    }

    private static String longAddress() {
        StringBuilder local = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            local.append('a');
        }
        return local + "@example.com";
    }

    private static void refused(String field, String key, Executable call) {
        StockSubscriptionRefusedException e = assertThrows(StockSubscriptionRefusedException.class, call);
        assertEquals(field, e.getField());
        assertEquals(key, e.getMessageKey());
    }
}
