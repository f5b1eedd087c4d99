package io.custmgr.rewards.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's reward points ledger: points earned when an order's payment is captured (pending until the activation
 * delay has passed), taken back when the order is refunded or cancelled, spent as a discount at checkout, added or
 * removed by the merchant. Every method joins the caller's transaction or starts one; ledger lines are never changed,
 * a correction is a line of its own.
 */
public interface RewardPointsService {

    /**
     * Earns the points a successful capture of {@code amount} on the order is worth, for a registered customer (a
     * guest profile earns nothing). Called by the payment transaction listener in the transaction saving it.
     *
     * @return the points earned (0 when none)
     */
    int earnForCapture(long orderId, long customerId, boolean registered, BigDecimal amount);

    /**
     * Takes back what a successful refund of {@code amount} is worth of the points the order earned, never more than
     * it still holds; the taken points activate and expire with the earned ones, so pending points are taken from
     * pending.
     *
     * @return the points taken back (0 when the order earned nothing)
     */
    int takeBackForRefund(long orderId, BigDecimal amount);

    /**
     * The order was cancelled or deleted: the points it still holds are taken back, the points spent on it given back.
     * Calling it again changes nothing.
     */
    void orderCancelled(long orderId);

    /**
     * The merchant adds (positive) or removes (negative) whole points with a note, as the current admin user, in the
     * customer's audit trail; active at once. Refused with field errors, nothing changed: {@code points} not a whole
     * number, zero, beyond {@code custmgr.rewards.adjust.maxPoints} or taking the active balance below zero;
     * {@code note} missing or over 255 characters.
     */
    void adjust(long customerId, String points, String note);

    /**
     * Spends points on an order the customer submits (the checkout activity calls it in the checkout's transaction).
     *
     * @throws InvalidPointsChangeException {@code points}/{@code overBalance} when the customer's active balance is
     *         smaller; nothing written
     */
    void redeem(long customerId, long orderId, int points);

    RewardPointsBalance findBalance(long customerId);

    /** @return the ledger, newest first */
    List<RewardPointsLine> findLedger(long customerId, int first, int max);

    long countLedger(long customerId);

    RewardPointsSettings getSettings();
}
