package io.custmgr.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.rewards.domain.RewardPointsReason;
import io.custmgr.rewards.service.InvalidPointsChangeException;
import io.custmgr.rewards.service.RewardPointsBalance;
import io.custmgr.rewards.service.RewardPointsLine;
import io.custmgr.rewards.service.RewardPointsService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.Payments;
import io.custmgr.test.StatementCounter;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Reward points through Broadleaf's own services: a capture saved through {@code OrderPaymentService} earns pending
 * points that activate after the delay, refunds and cancellation take them back, the merchant's adjustments are
 * checked and audited, a merge adds the absorbed ledger to the survivor's. Everything commits; each test removes what
 * it made.
 */
@BroadleafIntegrationTest
class RewardPointsIT {

    @Resource(name = "cmRewardPointsService")
    RewardPointsService points;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    OrderPaymentService orderPaymentService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    CommittedCustomers customers;
    Payments payments;
    long nextOrderId = 8400000000L + (System.nanoTime() % 100000L) * 10000L;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        payments = new Payments(orderService, orderPaymentService);
    }

    @AfterEach
    void cleanUp() {
        payments.deleteAll(customers.jdbc());
        customers.deleteAll();
    }

    @Test
    void aCaptureEarnsPendingPointsThatBecomeActiveAfterTheDelay() {
        long ann = customer("ann");
        long order = placedOrder(ann);

        Long payment = customers.inTransaction(status -> payments.pay(order, "25.90"));
        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.CAPTURE, "10.00", false));

        assertBalance(0, 25, ann);
        RewardPointsLine earned = points.findLedger(ann, 0, 10).get(0);
        assertEquals(RewardPointsReason.EARNED, earned.getReason());
        assertEquals(Long.valueOf(order), earned.getOrderId());
        assertEquals("O" + order, earned.getOrderNumber());
        long delay = earned.getActivatesAt().getTime() - earned.getCreated().getTime();
        assertEquals(14L * 24 * 3600 * 1000, delay, "custmgr.rewards.activation.delay=14 DAYS");

        activateAll(ann);
        assertBalance(25, 0, ann);
        assertEquals(1, points.countLedger(ann), "a failed capture earns nothing");
    }

    @Test
    void aGuestProfileAndACaptureRolledBackEarnNothing() {
        Customer saved = customers.inTransaction(status -> {
            Customer customer = customerService.createCustomer();
            customer.setEmailAddress("guest-" + UUID.randomUUID() + "@example.com");
            return customerService.saveCustomer(customer, false);
        });
        long guest = customers.track(saved).getId();
        long guestOrder = placedOrder(guest);
        customers.inTransaction(status -> payments.pay(guestOrder, "40.00"));
        assertEquals(0, points.countLedger(guest));

        long bo = customer("bo");
        long order = placedOrder(bo);
        assertThrows(IllegalStateException.class, () -> customers.inTransaction(() -> {
            payments.pay(order, "40.00");
            em.flush();
            throw new IllegalStateException("the gateway failed after the capture was written");
        }));
        assertEquals(0, points.countLedger(bo));
    }

    @Test
    void refundsTakeBackWhatTheirAmountIsWorthAndNeverMoreThanTheOrderEarned() {
        long kim = customer("kim");
        long order = placedOrder(kim);
        Long payment = customers.inTransaction(status -> payments.pay(order, "30.00"));

        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "10.00", true));
        assertBalance(0, 20, kim);
        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "5.00", false));
        assertBalance(0, 20, kim);

        activateAll(kim);
        customers.inTransaction(() -> payments.transact(payment, PaymentTransactionType.REFUND, "50.00", true));
        assertBalance(0, 0, kim);
        List<RewardPointsLine> ledger = points.findLedger(kim, 0, 10);
        assertEquals(RewardPointsReason.REFUNDED, ledger.get(0).getReason());
        assertEquals(-20, ledger.get(0).getPoints(), "only what the order still held");
    }

    @Test
    void cancellingAnOrderTakesBackItsPointsOnce() throws Exception {
        long cy = customer("cy");
        long order = placedOrder(cy);
        long other = placedOrder(cy);
        customers.inTransaction(status -> payments.pay(order, "12.00"));
        customers.inTransaction(status -> payments.pay(other, "8.00"));
        assertBalance(0, 20, cy);

        customers.cancel(order);
        assertBalance(0, 8, cy);
        customers.inTransaction(() -> {
            Order cancelled = orderService.findOrderById(order);
            cancelled.setOrderNumber("again-" + order);
            save(cancelled);
        });
        assertBalance(0, 8, cy);
        assertEquals(RewardPointsReason.CANCELLED, points.findLedger(cy, 0, 1).get(0).getReason());
    }

    @Test
    void theMerchantAddsAndRemovesWholePointsWithANoteNeverBelowZeroAndAudited() {
        long dee = customer("dee");
        assertRefused(dee, "-1", "oops", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.BELOW_ZERO);
        assertRefused(dee, "1.5", "half", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        assertRefused(dee, "ten", "words", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        assertRefused(dee, "0", "nothing", InvalidPointsChangeException.FIELD_POINTS, InvalidPointsChangeException.ZERO);
        assertRefused(dee, "100001", "huge", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.OVER_LIMIT);
        assertRefused(dee, "99999999999999", "huger", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        assertRefused(dee, "5", "  ", InvalidPointsChangeException.FIELD_NOTE, InvalidPointsChangeException.REQUIRED);
        assertEquals(0, points.countLedger(dee), "nothing changed");

        points.adjust(dee, "+50", " Goodwill for a late parcel ");
        points.adjust(dee, "-20", "Correction");
        assertBalance(30, 0, dee);
        assertRefused(dee, "-31", "too many", InvalidPointsChangeException.FIELD_POINTS,
                InvalidPointsChangeException.BELOW_ZERO);
        RewardPointsLine first = points.findLedger(dee, 1, 1).get(0);
        assertEquals("Goodwill for a late parcel", first.getNote());
        assertEquals(RewardPointsReason.ADJUSTED, first.getReason());
        assertEquals(2, customers.count("CM_CUSTOMER_AUDIT WHERE CUSTOMER_ID = ? AND ACTION = 'POINTS_ADJUSTED'", dee));
        assertEquals("-20 points: Correction", customers.jdbc().queryForObject("SELECT DETAIL FROM CM_CUSTOMER_AUDIT"
                + " WHERE CUSTOMER_ID = ? AND ACTION = 'POINTS_ADJUSTED' AND DETAIL LIKE '-%'", String.class, dee));
    }

    @Test
    void twoCheckoutsSpendingOneBalanceAtOnceSpendItOnce() throws Exception {
        long eve = customer("eve");
        points.adjust(eve, "1000", "welcome");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> spends = new ArrayList<Future<Boolean>>();
            for (long order = 1; order <= 2; order++) {
                final long orderId = -order; // no order row: the ledger only names it
                spends.add(pool.submit(() -> {
                    start.await();
                    try {
                        points.redeem(eve, orderId, 600);
                        return true;
                    } catch (InvalidPointsChangeException overBalance) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int spent = 0;
            for (Future<Boolean> spend : spends) {
                spent += spend.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, spent, "600 + 600 of 1,000 points: one checkout spends them, the other is refused");
            assertBalance(400, 0, eve);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMergeAddsTheAbsorbedLedgerToTheSurvivors() {
        long survivor = customer("keep");
        Customer absorbed = customers.registered("gone-" + UUID.randomUUID() + "@example.com");
        points.adjust(survivor, "10", "welcome");
        points.adjust(absorbed.getId(), "15", "welcome");
        long order = placedOrder(absorbed.getId());
        customers.inTransaction(status -> payments.pay(order, "7.00"));

        mergeService.merge(new MergeRequest(survivor, absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));

        assertEquals(0, points.countLedger(absorbed.getId()));
        assertBalance(25, 7, survivor);
        customers.cancel(order);
        assertBalance(25, 0, survivor);
    }

    @Test
    void theBalanceAndALedgerPageCostTheSameStatementsForOneLineAndForAThousand() {
        long few = customer("few");
        long many = customer("many");
        points.adjust(few, "5", "one line");
        for (int i = 0; i < 1000; i++) {
            long order = nextOrderId++;
            customers.jdbc().update("INSERT INTO CM_REWARD_POINTS (ENTRY_ID, CUSTOMER_ID, POINTS, REASON, ORDER_ID,"
                    + " CREATED, ACTIVATES_AT, ACTOR) VALUES (?, ?, 3, 'EARNED', ?, ?, ?, 'test')", -order, many, order,
                    new Timestamp(System.currentTimeMillis()), new Timestamp(System.currentTimeMillis() - 1000));
        }
        long forFew = statementsOfTab(few);
        long forMany = statementsOfTab(many);
        assertEquals(3, forFew, "balance, page, count");
        assertEquals(forFew, forMany);
        assertBalance(3000, 0, many);
        assertEquals(1000, points.countLedger(many));
    }

    private long statementsOfTab(long customer) {
        long before = StatementCounter.current();
        points.findBalance(customer);
        assertTrue(points.findLedger(customer, 0, 25).size() <= 25);
        points.countLedger(customer);
        return StatementCounter.current() - before;
    }

    private void assertRefused(long customer, String change, String note, String field, String code) {
        InvalidPointsChangeException refused = assertThrows(InvalidPointsChangeException.class,
                () -> points.adjust(customer, change, note));
        assertEquals(code, refused.getErrors().get(field), refused.getErrors().toString());
    }

    private void assertBalance(long active, long pending, long customer) {
        RewardPointsBalance balance = points.findBalance(customer);
        assertEquals(active + "/" + pending, balance.getActive() + "/" + balance.getPending(), "active/pending");
    }

    private void activateAll(long customer) {
        customers.jdbc().update("UPDATE CM_REWARD_POINTS SET ACTIVATES_AT = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000), customer);
    }


    private void save(Order order) {
        try {
            orderService.save(order, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long placedOrder(long customer) {
        long order = nextOrderId++;
        customers.jdbc().update("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_STATUS, ORDER_NUMBER, SUBMIT_DATE,"
                + " ORDER_TOTAL) VALUES (?, ?, 'SUBMITTED', ?, ?, 0)", order, customer, "O" + order,
                new Timestamp(System.currentTimeMillis()));
        return order;
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }
}
