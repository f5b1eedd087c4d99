package io.custmgr.rewards.domain;

/** Why a ledger line was written: the codes stored in {@code CM_REWARD_POINTS.REASON}. */
public final class RewardPointsReason {

    /** A successful capture of an order's payment earned the points. */
    public static final String EARNED = "EARNED";
    /** A refund of the order took back (part of) what it earned. */
    public static final String REFUNDED = "REFUNDED";
    /** The order was cancelled: what it earned is taken back. */
    public static final String CANCELLED = "CANCELLED";
    /** Spent as a discount on an order at checkout. */
    public static final String REDEEMED = "REDEEMED";
    /** Points spent on an order that was then cancelled, given back. */
    public static final String REDEMPTION_RETURNED = "REDEMPTION_RETURNED";
    /** Added or removed by the merchant, with a note. */
    public static final String ADJUSTED = "ADJUSTED";

    private RewardPointsReason() {
    }

    /** @return the reason in the words merchant and shopper read: "Earned by a paid order", "Adjusted: goodwill" */
    public static String describe(String reason, String note) {
        if (EARNED.equals(reason)) {
            return "Earned by a paid order";
        }
        if (REFUNDED.equals(reason)) {
            return "Taken back: order refunded";
        }
        if (CANCELLED.equals(reason)) {
            return "Taken back: order cancelled";
        }
        if (REDEEMED.equals(reason)) {
            return "Spent on an order";
        }
        if (REDEMPTION_RETURNED.equals(reason)) {
            return "Given back: order cancelled";
        }
        if (ADJUSTED.equals(reason)) {
            return note == null ? "Adjusted" : "Adjusted: " + note;
        }
        return reason;
    }
}
