package io.custmgr.rewards.checkout;

import static io.custmgr.rewards.service.InvalidPointsChangeException.*;

import io.custmgr.rewards.service.InvalidPointsChangeException;
import io.custmgr.rewards.service.RewardPointsService;
import io.custmgr.rewards.service.RewardPointsSettings;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.payment.service.PaymentGatewayCheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

@Service("cmRewardPointsCheckout")
public class RewardPointsCheckoutImpl implements RewardPointsCheckout {

    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService points;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService paymentService;

    @Resource(name = "blPaymentGatewayCheckoutService")
    protected PaymentGatewayCheckoutService gatewayCheckout;

    @Override
    @Transactional("blTransactionManager")
    public Order applyPoints(Order cart, long customerId, String typed) {
        if (cart.getCustomer() == null || cart.getCustomer().getId() == null
                || cart.getCustomer().getId() != customerId) {
            throw new InvalidPointsChangeException(FIELD_ORDER, NOT_YOURS);
        }
        String text = typed == null ? "" : typed.trim();
        int wanted = text.isEmpty() ? 0 : check(cart, customerId, text);
        removeCreditPayments(cart);
        if (wanted > 0) {
            addCreditPayment(cart, wanted);
        }
        try {
            return orderService.save(cart, false);
        } catch (Exception e) {
            throw new IllegalStateException("The cart could not be saved with its points payment", e);
        }
    }

    private int check(Order cart, long customerId, String text) {
        if (!text.matches("\\d{1,9}")) {
            throw new InvalidPointsChangeException(FIELD_POINTS, NOT_A_WHOLE_NUMBER);
        }
        int wanted = Integer.parseInt(text);
        RewardPointsSettings settings = points.getSettings();
        if (wanted == 0) {
            return 0;
        }
        if (wanted < settings.getRedeemMinPoints()) {
            throw new InvalidPointsChangeException(FIELD_POINTS, UNDER_MINIMUM);
        }
        if (points.findBalance(customerId).getActive() < wanted) {
            throw new InvalidPointsChangeException(FIELD_POINTS, OVER_BALANCE);
        }
        BigDecimal due = dueWithoutPoints(cart);
        if (settings.valueOf(wanted).compareTo(due) > 0) {
            throw new InvalidPointsChangeException(FIELD_POINTS, OVER_TOTAL);
        }
        return wanted;
    }

    /** What the order costs after its other payments. */
    private static BigDecimal due(Order cart) {
        Money after = cart.getTotalAfterAppliedPayments();
        return after == null ? BigDecimal.ZERO : after.getAmount();
    }

    private BigDecimal dueWithoutPoints(Order cart) {
        BigDecimal credit = BigDecimal.ZERO;
        for (OrderPayment payment : creditPayments(cart)) {
            credit = credit.add(payment.getAmount().getAmount());
        }
        return due(cart).add(credit);
    }

    private void removeCreditPayments(Order cart) {
        for (OrderPayment payment : creditPayments(cart)) {
            cart.getPayments().remove(payment);
            gatewayCheckout.markPaymentAsInvalid(payment.getId());
        }
    }

    private void addCreditPayment(Order cart, int wanted) {
        Money value = new Money(points.getSettings().valueOf(wanted), cart.getCurrency() == null ? Money.defaultCurrency()
                : java.util.Currency.getInstance(cart.getCurrency().getCurrencyCode()));
        OrderPayment payment = paymentService.create();
        payment.setType(PaymentType.CUSTOMER_CREDIT);
        payment.setPaymentGatewayType(RewardPointsGateway.REWARD_POINTS);
        payment.setAmount(value);
        payment.setOrder(cart);
        PaymentTransaction transaction = paymentService.createTransaction();
        transaction.setType(PaymentTransactionType.UNCONFIRMED);
        transaction.setAmount(value);
        transaction.setSuccess(true);
        transaction.setRawResponse("Reward points: " + wanted);
        transaction.getAdditionalFields().put(POINTS_FIELD, String.valueOf(wanted));
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(cart, payment, null);
    }

    @Override
    public int pointsOn(Order cart) {
        int total = 0;
        for (OrderPayment payment : creditPayments(cart)) {
            total += RewardPointsRedemptionActivity.pointsOf(payment);
        }
        return total;
    }

    @Override
    public BigDecimal valueOf(int points) {
        return this.points.getSettings().valueOf(points);
    }

    private static List<OrderPayment> creditPayments(Order cart) {
        List<OrderPayment> credits = new ArrayList<OrderPayment>();
        for (OrderPayment payment : cart.getPayments()) {
            if (payment.isActive() && PaymentType.CUSTOMER_CREDIT.equals(payment.getType())
                    && RewardPointsRedemptionActivity.pointsOf(payment) > 0) {
                credits.add(payment);
            }
        }
        return credits;
    }
}
