package io.custmgr.rewards.checkout;

import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * An activity of Broadleaf's checkout workflow (appended to {@code blCheckoutWorkflow}, bean
 * {@code cmRewardPointsRedemptionActivity}): the points of the order's reward points payments are spent, in the
 * checkout's own transaction. A balance that no longer covers them (spent meanwhile in another tab) fails the checkout
 * with {@code InvalidPointsChangeException} and nothing is submitted.
 */
public class RewardPointsRedemptionActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService points;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order == null || order.getId() == null || order.getCustomer() == null) {
            return context;
        }
        int spent = 0;
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive() && PaymentType.CUSTOMER_CREDIT.equals(payment.getType())) {
                spent += pointsOf(payment);
            }
        }
        points.redeem(order.getCustomer().getId(), order.getId(), spent);
        return context;
    }

    /**
     * @return the points a payment's UNCONFIRMED transactions (the shopper's request, which the gateway's confirmation
     *         follows) carry in {@link RewardPointsCheckout#POINTS_FIELD}
     */
    static int pointsOf(OrderPayment payment) {
        int total = 0;
        for (PaymentTransaction transaction : payment.getTransactions()) {
            String value = transaction.getAdditionalFields() == null ? null
                    : transaction.getAdditionalFields().get(RewardPointsCheckout.POINTS_FIELD);
            if (value != null && PaymentTransactionType.UNCONFIRMED.equals(transaction.getType())
                    && value.matches("\\d{1,9}")) {
                total += Integer.parseInt(value);
            }
        }
        return total;
    }
}
