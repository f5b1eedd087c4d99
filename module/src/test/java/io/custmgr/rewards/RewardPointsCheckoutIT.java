package io.custmgr.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.rewards.checkout.RewardPointsCheckout;
import io.custmgr.rewards.domain.RewardPointsReason;
import io.custmgr.rewards.service.InvalidPointsChangeException;
import io.custmgr.rewards.service.RewardPointsBalance;
import io.custmgr.rewards.service.RewardPointsLine;
import io.custmgr.rewards.service.RewardPointsService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

/**
 * Points redeemed through Broadleaf's own checkout: the points payment pays part of the order, the checkout workflow
 * spends the points, a cancellation gives them back; bad or crafted redemptions are refused with the cart unchanged.
 */
@BroadleafIntegrationTest
class RewardPointsCheckoutIT {

    @Resource(name = "cmRewardPointsService")
    RewardPointsService points;

    @Resource(name = "cmRewardPointsCheckout")
    RewardPointsCheckout redemption;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    OrderPaymentService paymentService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    final List<Long> carts = new ArrayList<Long>();

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
    }

    @AfterEach
    void cleanUp() {
        for (Long cart : carts) {
            String payments = "SELECT ORDER_PAYMENT_ID FROM BLC_ORDER_PAYMENT WHERE ORDER_ID = ?";
            customers.jdbc().update("DELETE FROM BLC_TRANS_ADDITNL_FIELDS WHERE PAYMENT_TRANSACTION_ID IN (SELECT"
                    + " PAYMENT_TRANSACTION_ID FROM BLC_ORDER_PAYMENT_TRANSACTION WHERE ORDER_PAYMENT IN (" + payments
                    + "))", cart);
            // MariaDB checks the parent link row by row: unlink first
            customers.jdbc().update("UPDATE BLC_ORDER_PAYMENT_TRANSACTION SET PARENT_TRANSACTION = NULL"
                    + " WHERE ORDER_PAYMENT IN (" + payments + ")", cart);
            customers.jdbc().update("DELETE FROM BLC_ORDER_PAYMENT_TRANSACTION WHERE ORDER_PAYMENT IN (" + payments
                    + ")", cart);
            customers.jdbc().update("DELETE FROM BLC_ORDER_PAYMENT WHERE ORDER_ID = ?", cart);
        }
        customers.deleteAll();
    }

    @Test
    void pointsPayPartOfTheOrderAreSpentAtCheckoutAndGivenBackWhenItIsCancelled() throws Exception {
        long ann = customer("ann");
        points.adjust(ann, "2000", "welcome");
        long cart = cart(ann, "10.00");

        refused(cart, ann, "ten", InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        refused(cart, ann, "-500", InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        refused(cart, ann, "2.5", InvalidPointsChangeException.NOT_A_WHOLE_NUMBER);
        refused(cart, ann, "99", InvalidPointsChangeException.UNDER_MINIMUM);
        refused(cart, ann, "2001", InvalidPointsChangeException.OVER_BALANCE);
        refused(cart, ann, "1500", InvalidPointsChangeException.OVER_TOTAL);
        long bob = customer("bob");
        InvalidPointsChangeException crafted = assertThrows(InvalidPointsChangeException.class,
                () -> customers.inTransaction(() -> redemption.applyPoints(orderService.findOrderById(cart), bob, "100")));
        assertEquals(InvalidPointsChangeException.NOT_YOURS,
                crafted.getErrors().get(InvalidPointsChangeException.FIELD_ORDER));
        assertEquals(0, customers.count("BLC_ORDER_PAYMENT WHERE ORDER_ID = ?", cart), "nothing changed");

        customers.inTransaction(() -> redemption.applyPoints(orderService.findOrderById(cart), ann, "300"));
        customers.inTransaction(() -> redemption.applyPoints(orderService.findOrderById(cart), ann, " 500 "));
        assertEquals(500, (int) customers.inTransaction(status -> redemption.pointsOn(orderService.findOrderById(cart))),
                "the second choice replaces the first");
        payTheRestAndCheckOut(cart);

        assertEquals("SUBMITTED", customers.jdbc().queryForObject("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?",
                String.class, cart));
        assertEquals(1, customers.count("BLC_ORDER_PAYMENT_TRANSACTION t JOIN BLC_ORDER_PAYMENT p"
                + " ON p.ORDER_PAYMENT_ID = t.ORDER_PAYMENT WHERE p.ORDER_ID = ? AND p.PAYMENT_TYPE = 'CUSTOMER_CREDIT'"
                + " AND t.TRANSACTION_TYPE = 'AUTHORIZE_AND_CAPTURE' AND t.SUCCESS = ?", cart, true),
                "Broadleaf's checkout had the reward points gateway confirm the points payment");
        List<RewardPointsLine> ledger = points.findLedger(ann, 0, 10);
        assertEquals(-500, sum(ledger, RewardPointsReason.REDEEMED));
        assertEquals(5, sum(ledger, RewardPointsReason.EARNED), "the 5.00 paid in cash earn; the points do not");
        assertBalance(1500, 5, ann);

        customers.cancel(cart);
        assertBalance(2000, 0, ann);
        assertEquals(500, sum(points.findLedger(ann, 0, 10), RewardPointsReason.REDEMPTION_RETURNED));
    }

    @Test
    void aCheckoutWhoseBalanceWasSpentMeanwhileFailsAndSpendsNothing() {
        long cy = customer("cy");
        points.adjust(cy, "600", "welcome");
        long cart = cart(cy, "10.00");
        customers.inTransaction(() -> redemption.applyPoints(orderService.findOrderById(cart), cy, "500"));
        points.adjust(cy, "-200", "spent in another tab");

        assertThrows(Exception.class, () -> payTheRestAndCheckOut(cart));
        assertBalance(400, 0, cy);
        assertTrue(!"SUBMITTED".equals(customers.jdbc().queryForObject(
                "SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_ID = ?", String.class, cart)));
    }

    private void payTheRestAndCheckOut(long cartId) throws Exception {
        customers.inTransaction(() -> {
            Order cart = orderService.findOrderById(cartId);
            OrderPayment cash = paymentService.create();
            cash.setType(PaymentType.COD);
            cash.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
            cash.setAmount(cart.getTotalAfterAppliedPayments());
            cash.setOrder(cart);
            PaymentTransaction transaction = paymentService.createTransaction();
            transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            transaction.setAmount(cart.getTotalAfterAppliedPayments());
            transaction.setSuccess(true);
            transaction.setOrderPayment(cash);
            cash.addTransaction(transaction);
            orderService.addPaymentToOrder(cart, cash, null);
            try {
                checkoutService.performCheckout(orderService.save(cart, false));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void refused(long cart, long customer, String typed, String code) {
        InvalidPointsChangeException refused = assertThrows(InvalidPointsChangeException.class,
                () -> customers.inTransaction(() -> redemption.applyPoints(orderService.findOrderById(cart), customer,
                        typed)));
        assertEquals(code, refused.getErrors().get(InvalidPointsChangeException.FIELD_POINTS), typed);
    }

    private long cart(long customer, String total) {
        Long cart = customers.inTransaction(status -> orderService.createNewCartForCustomer(
                customerService.readCustomerById(customer)).getId());
        // a storefront cart has the store's currency; payments take theirs from it
        if (customers.count("BLC_CURRENCY WHERE CURRENCY_CODE = 'USD'") == 0) {
            customers.jdbc().update("INSERT INTO BLC_CURRENCY (CURRENCY_CODE, DEFAULT_FLAG, FRIENDLY_NAME)"
                    + " VALUES ('USD', ?, 'US Dollar')", true);
        }
        customers.jdbc().update("UPDATE BLC_ORDER SET ORDER_TOTAL = ?, ORDER_NUMBER = ?, CURRENCY_CODE = 'USD'"
                + " WHERE ORDER_ID = ?", new Money(total).getAmount(), "RP-" + cart, cart);
        carts.add(cart);
        return cart;
    }

    private static int sum(List<RewardPointsLine> ledger, String reason) {
        int sum = 0;
        for (RewardPointsLine line : ledger) {
            sum += reason.equals(line.getReason()) ? line.getPoints() : 0;
        }
        return sum;
    }

    private void assertBalance(long active, long pending, long customer) {
        RewardPointsBalance balance = points.findBalance(customer);
        assertEquals(active + "/" + pending, balance.getActive() + "/" + balance.getPending(), "active/pending");
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }
}
