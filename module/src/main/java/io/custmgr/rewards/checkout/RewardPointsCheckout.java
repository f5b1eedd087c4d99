package io.custmgr.rewards.checkout;

import org.broadleafcommerce.core.order.domain.Order;

import java.math.BigDecimal;

/**
 * Points redeemed at checkout, the Broadleaf way: a CUSTOMER_CREDIT order payment (gateway
 * {@link RewardPointsGateway#REWARD_POINTS}, an UNCONFIRMED transaction carrying the points in its
 * {@value #POINTS_FIELD} field) that pays part of the order, so Broadleaf's own checkout — {@code
 * getTotalAfterAppliedPayments}, {@code processPassthroughCheckout}, {@code ValidateAndConfirmPaymentActivity} (which
 * has {@link RewardPointsGateway} confirm it) — and any gateway integration charge only the rest. The points are spent
 * when the order is submitted ({@link RewardPointsRedemptionActivity}) and given back if it is cancelled.
 */
public interface RewardPointsCheckout {

    /** Additional field of the credit payment's transaction holding the points it stands for. */
    String POINTS_FIELD = "CM_REWARD_POINTS";

    /**
     * Puts (or replaces, or with blank points removes) the points payment on the customer's cart, within the saving
     * caller's transaction.
     *
     * @throws io.custmgr.rewards.service.InvalidPointsChangeException with a {@code points} error (not a whole number,
     *         under the minimum, over the active balance, worth more than the order still costs) or an {@code order}
     *         error ({@code notYours}: the cart is not the customer's); the cart unchanged
     */
    Order applyPoints(Order cart, long customerId, String points);

    /** @return the points the cart's active credit payment stands for, 0 when none */
    int pointsOn(Order cart);

    /** @return the discount those points are worth */
    BigDecimal valueOf(int points);
}
