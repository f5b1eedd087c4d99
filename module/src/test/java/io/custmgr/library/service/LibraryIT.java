package io.custmgr.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.customer.orders.transaction.ManualTransaction;
import io.custmgr.customer.orders.transaction.ManualTransactionService;
import io.custmgr.library.checkout.LibraryGrantActivity;
import io.custmgr.library.type.Acquisition;
import io.custmgr.library.type.DigitalPackageType;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.Payments;
import io.custmgr.test.StatementCounter;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Library entries through Broadleaf's own services: the checkout workflow grants a paid order's digital items, a
 * cancelled or deleted order revokes them (or moves them to another paid order of the item), the rebuild makes
 * purchases what the order history justifies, the all-access flag shows every digital item. Everything commits; each
 * test removes what it made.
 */
@BroadleafIntegrationTest
class LibraryIT {

    @Resource(name = "cmLibraryService")
    LibraryService library;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Resource(name = "blOrderPaymentService")
    OrderPaymentService orderPaymentService;

    @Resource(name = "cmManualTransactionService")
    ManualTransactionService manualTransactions;

    CommittedCustomers customers;
    LibraryRows rows;
    Payments payments;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        rows = new LibraryRows(customers.jdbc(), new TransactionTemplate(transactionManager), em, entities);
        payments = new Payments(orderService, orderPaymentService);
    }

    @AfterEach
    void cleanUp() {
        payments.deleteAll(customers.jdbc());
        rows.deleteBundleLines();
        customers.deleteAll();
        rows.deleteProducts();
    }

    @Test
    void broadleafsCheckoutGrantsThePaidOrdersDigitalItemsAndCancellingRevokesThem() throws Exception {
        assertTrue(activities().contains(LibraryGrantActivity.class), "in blCheckoutWorkflow: " + activities());
        long ann = customer("ann");
        long[] ebook = rows.product("E-book " + UUID.randomUUID(), true);
        long[] mug = rows.product("Mug", false);
        final Long cart = customers.inTransaction(status -> orderService.createNewCartForCustomer(
                customerService.readCustomerById(ann)).getId());
        rows.lines(cart, ebook, mug);
        customers.jdbc().update("UPDATE BLC_ORDER SET ORDER_TOTAL = 0 WHERE ORDER_ID = ?", cart); // nothing to pay

        customers.inTransaction(() -> {
            try {
                checkoutService.performCheckout(orderService.findOrderById(cart));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals("SUBMITTED", customers.jdbc().queryForObject(
                "SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?", String.class, cart));
        List<LibraryItem> items = library.findLibrary(ann);
        assertEquals(1, items.size(), "the mug is not digital");
        LibraryItem item = items.get(0);
        assertEquals(ebook[1], item.getProductId());
        assertSame(Acquisition.PURCHASE, item.getAcquisition());
        assertEquals(cart, item.getOrderId());
        assertTrue(item.isActive());
        assertEquals(0, library.grantOrder(cart), "granting again changes nothing");

        customers.cancel(cart);
        LibraryItem revoked = library.findLibrary(ann).get(0);
        assertFalse(revoked.isActive());
        assertEquals(LibraryService.ORDER_CANCELLED, revoked.getRevokeReason());
    }

    @Test
    void aCancelledOrdersItemMovesToAnotherPaidOrderAndADeletedOrderRevokesIt() {
        long bob = customer("bob");
        long[] ebook = rows.product("E-book", true);
        long first = rows.placedOrder(bob, ebook);
        long second = rows.placedOrder(bob, ebook);
        assertEquals(1, library.grantOrder(first));
        assertEquals(0, library.grantOrder(second), "one entry per item");

        rows.status(first, "CANCELLED");
        assertEquals(0, library.revokeOrder(first));
        assertEquals(Long.valueOf(second), library.findLibrary(bob).get(0).getOrderId());

        customers.inTransaction(() -> orderService.cancelOrder(orderService.findOrderById(second)));
        LibraryItem item = library.findLibrary(bob).get(0);
        assertFalse(item.isActive(), "Broadleaf's cancelOrder deletes the order: the entry goes with it");
        assertEquals(LibraryService.ORDER_CANCELLED, item.getRevokeReason());
    }

    @Test
    void theDigitalItemsOfABundleGoIntoTheLibraryAndTheRebuildCountsThem() {
        long amy = customer("amy");
        long[] ebook = rows.product("A e-book", true);
        long[] audio = rows.product("B audio", true);
        long[] mug = rows.product("Mug", false);
        long[] bundle = rows.product("Bundle", true, DigitalPackageType.BUNDLE);
        long order = rows.placedOrder(amy);
        rows.bundleLine(order, bundle, ebook, audio, mug);

        assertEquals(2, library.grantOrder(order), "the bundled items, not the bundle");
        List<LibraryItem> items = library.findLibrary(amy);
        assertEquals(Arrays.asList(ebook[1], audio[1]), Arrays.asList(items.get(0).getProductId(),
                items.get(1).getProductId()), "the mug is not digital");
        assertEquals(Long.valueOf(order), items.get(1).getOrderId());

        assertTrue(library.revoke(amy, audio[1], "by mistake"));
        assertEquals(Arrays.asList(audio[1]), library.rebuild(amy).getAdded(), "the bundle justifies it");
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_LIBRARY_ALL_ACCESS = ? WHERE CUSTOMER_ID = ?", true, amy);
        for (LibraryItem item : library.findLibrary(amy)) {
            assertFalse(item.getProductId() == bundle[1], "a bundle is never an item of its own");
        }
    }

    @Test
    void aRefundOfTheWholeCaptureRevokesThePurchasesAndAPartialOneDoesNot() {
        long kim = customer("kim");
        long[] ebook = rows.product("E-book", true);
        long[] audio = rows.product("Audio", true);
        long refunded = rows.placedOrder(kim, ebook, audio);
        long other = rows.placedOrder(kim, audio);
        assertEquals(2, library.grantOrder(refunded));
        assertEquals(0, library.grantOrder(other));
        Long payment = customers.inTransaction(status -> payments.pay(refunded, "10.00"));

        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "4.00", true));
        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "6.00", false));
        assertTrue(library.findLibrary(kim).get(0).isActive(), "4.00 of 10.00 refunded; a failed refund is none");

        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "6.00", true));
        List<LibraryItem> items = library.findLibrary(kim);
        LibraryItem audioItem = items.get(0);
        LibraryItem ebookItem = items.get(1);
        assertTrue(audioItem.isActive(), "the other paid order still justifies the audio");
        assertEquals(Long.valueOf(other), audioItem.getOrderId());
        assertFalse(ebookItem.isActive());
        assertEquals(LibraryService.ORDER_REFUNDED, ebookItem.getRevokeReason());
        assertTrue(library.rebuild(kim).getAdded().isEmpty(), "a refunded order justifies nothing");
    }

    @Test
    void aManualRefundRecordedInTheAdminReachesTheRefundListener() {
        long max = customer("max");
        long[] ebook = rows.product("E-book", true);
        long order = rows.placedOrder(max, ebook);
        assertEquals(1, library.grantOrder(order));
        customers.inTransaction(status -> payments.pay(order, "8.00"));

        customers.inTransaction(() -> manualTransactions.record(max, new ManualTransaction()
                .setKind(ManualTransaction.REFUND).setOrderId(order).setAmount("8.00").setReason("Returned")));

        LibraryItem item = library.findLibrary(max).get(0);
        assertFalse(item.isActive(), "the whole capture was refunded by hand");
        assertEquals(LibraryService.ORDER_REFUNDED, item.getRevokeReason());
    }

    @Test
    void aRefundRolledBackWithItsTransactionRevokesNothing() {
        long lou = customer("lou");
        long[] ebook = rows.product("E-book", true);
        long order = rows.placedOrder(lou, ebook);
        library.grantOrder(order);
        Long payment = customers.inTransaction(status -> payments.pay(order, "5.00"));

        assertThrows(IllegalStateException.class, () -> customers.inTransaction(() -> {
            payments.transact(payment, PaymentTransactionType.REFUND, "5.00", true);
            em.flush();
            throw new IllegalStateException("the gateway call failed after the refund was written");
        }));
        assertTrue(library.findLibrary(lou).get(0).isActive());
    }

    @Test
    void rebuildAddsWhatOrdersJustifyRestoresWhatTheyStillJustifyAndRevokesTheRest() {
        long cy = customer("cy");
        long[] ebook = rows.product("A e-book", true);
        long[] audio = rows.product("B audio", true);
        long[] video = rows.product("C video", true);
        long order = rows.placedOrder(cy, ebook, audio);
        assertTrue(library.grant(cy, video[1], Acquisition.GIFT, "Aunt May", "birthday"));

        RebuildResult first = library.rebuild(cy);
        assertEquals(Arrays.asList(ebook[1], audio[1]), sorted(first.getAdded()));
        assertTrue(first.getRemoved().isEmpty());

        assertTrue(library.revoke(cy, audio[1], "chargeback"));
        assertEquals(Arrays.asList(audio[1]), library.rebuild(cy).getAdded(), "the order still justifies it");

        rows.status(order, "CANCELLED"); // behind Hibernate's back: only the rebuild notices
        RebuildResult last = library.rebuild(cy);
        assertTrue(last.getAdded().isEmpty());
        assertEquals(Arrays.asList(ebook[1], audio[1]), sorted(last.getRemoved()));
        List<LibraryItem> items = library.findLibrary(cy);
        assertEquals(LibraryService.NOT_IN_ORDERS, items.get(0).getRevokeReason());
        assertTrue(items.get(2).isActive(), "a gift is not the orders' business");
        assertEquals("Aunt May", items.get(2).getGiver());
    }

    @Test
    void aRangeRebuildCoversEveryCustomerInIt() {
        long[] ebook = rows.product("E-book", true);
        long dee = customer("dee");
        long eve = customer("eve");
        rows.placedOrder(dee, ebook);
        rows.placedOrder(eve, ebook);

        int[] counts = library.rebuildRange(Math.min(dee, eve), Math.max(dee, eve));
        assertEquals(2, counts[0]);
        assertEquals(0, counts[1]);
        assertEquals(1, library.findLibrary(dee).size());
        assertEquals(1, library.findLibrary(eve).size());
    }

    @Test
    void anAllAccessCustomerSeesEveryDigitalItemInOneStatement() {
        long fay = customer("fay");
        long[] ebook = rows.product("E-book", true);
        long[] mug = rows.product("Mug", false);
        assertTrue(library.grant(fay, ebook[1], Acquisition.MANUAL, null, "press copy"));
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_LIBRARY_ALL_ACCESS = ? WHERE CUSTOMER_ID = ?", true, fay);
        long[] later = rows.product("Later e-book", true);

        long before = StatementCounter.current();
        List<LibraryItem> items = library.findLibrary(fay);
        assertEquals(1, StatementCounter.current() - before);

        List<Long> ids = new ArrayList<Long>();
        for (LibraryItem item : items) {
            ids.add(item.getProductId());
            if (item.getProductId() == ebook[1]) {
                assertSame(Acquisition.MANUAL, item.getAcquisition());
                assertEquals("press copy", item.getNote());
            } else if (item.getProductId() == later[1]) {
                assertSame(Acquisition.ALL_ACCESS, item.getAcquisition());
                assertFalse(item.isEntry());
            }
        }
        assertTrue(ids.contains(later[1]));
        assertFalse(ids.contains(mug[1]));
    }

    @Test
    void theMerchantGrantsEditsRevokesAndRestoresByHand() {
        long gus = customer("gus");
        long[] ebook = rows.product("E-book", true);

        assertThrows(IllegalArgumentException.class,
                () -> library.grant(gus, ebook[1], Acquisition.PURCHASE, null, null));
        assertTrue(library.grant(gus, ebook[1], Acquisition.MANUAL, "ignored", "support case 12"));
        assertFalse(library.grant(gus, ebook[1], Acquisition.GIFT, "Someone", null), "already in the library");
        assertFalse(library.grant(gus, -1L, Acquisition.MANUAL, null, null), "no such product");
        assertTrue(library.editNote(gus, ebook[1], "support case 13"));

        assertTrue(library.revoke(gus, ebook[1], "refund"));
        assertFalse(library.revoke(gus, ebook[1], "again"));
        LibraryItem revoked = library.findLibrary(gus).get(0);
        assertFalse(revoked.isActive());
        assertEquals("refund", revoked.getRevokeReason());
        assertNull(revoked.getGiver());
        assertEquals("support case 13", revoked.getNote());

        assertTrue(library.restore(gus, ebook[1]));
        assertTrue(library.findLibrary(gus).get(0).isActive());
        assertFalse(library.restore(gus, ebook[1]));
    }

    @Test
    void aMergeMovesTheAbsorbedLibraryAndRebuildsTheSurvivors() {
        long survivor = customer("hal");
        org.broadleafcommerce.profile.core.domain.Customer absorbed = customers.registered(
                "ian-" + UUID.randomUUID() + "@example.com");
        long[] ebook = rows.product("A e-book", true);
        long[] audio = rows.product("B audio", true);
        long[] video = rows.product("C video", true);
        assertTrue(library.grant(survivor, ebook[1], Acquisition.MANUAL, null, "survivor's own"));
        assertTrue(library.grant(absorbed.getId(), ebook[1], Acquisition.GIFT, "Ann", null));
        assertTrue(library.grant(absorbed.getId(), video[1], Acquisition.GIFT, "Ann", "moves"));
        rows.placedOrder(absorbed.getId(), audio); // paid before the library existed: no entry yet

        mergeService.merge(new MergeRequest(survivor, absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));

        assertTrue(library.findLibrary(absorbed.getId()).isEmpty());
        List<LibraryItem> items = library.findLibrary(survivor);
        assertEquals(3, items.size());
        assertSame(Acquisition.MANUAL, items.get(0).getAcquisition(), "the survivor's entry stays");
        assertSame(Acquisition.PURCHASE, items.get(1).getAcquisition(), "rebuilt from the order the merge moved");
        assertSame(Acquisition.GIFT, items.get(2).getAcquisition());
        assertEquals("moves", items.get(2).getNote());
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }

    private List<Class<?>> activities() {
        List<Class<?>> classes = new ArrayList<Class<?>>();
        for (Activity<?> activity : checkoutWorkflow.getActivities()) {
            classes.add(activity.getClass());
        }
        return classes;
    }

    private static List<Long> sorted(List<Long> ids) {
        List<Long> copy = new ArrayList<Long>(ids);
        java.util.Collections.sort(copy);
        return copy;
    }
}
