package io.custmgr.rewards.dao;

import io.custmgr.rewards.service.RewardPointsLine;

import java.util.Date;
import java.util.List;

/** The reward points ledger, CM_REWARD_POINTS. Callers hold the transaction. */
public interface RewardPointsDao {

    /** Writes one ledger line; {@code orderId}, {@code note}, {@code expiresAt} and {@code adminUserId} may be null. */
    void insert(long customerId, int points, String reason, String note, Long orderId, Date created,
            Date activatesAt, Date expiresAt, Long adminUserId, String actor);

    /** @return {active, pending} points of the customer at {@code now}, in one statement */
    long[] readBalance(long customerId, Date now);

    /**
     * Locks the customer's row until the caller's transaction ends, so that two spends of one balance (two checkouts,
     * a checkout and an adjustment) read it one after the other.
     */
    void lockCustomer(long customerId);

    /**
     * What an order's lines of these reasons add up to, per customer holding them: rows of {customer id (Long), points
     * (Long), latest activation (Date), latest expiry (Date or null)}; empty when the order has none.
     */
    List<Object[]> readOrderTotals(long orderId, String... reasons);

    /** @return the customer's ledger lines, newest first, with the numbers of orders still there */
    List<RewardPointsLine> readLedger(long customerId, int first, int max);

    long countLedger(long customerId);
}
