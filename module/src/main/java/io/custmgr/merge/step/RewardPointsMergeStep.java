package io.custmgr.merge.step;

import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.rewards.domain.RewardPointsEntryImpl;

import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/**
 * Reward points: the absorbed customer's ledger lines become the survivor's, with their times, so the survivor's
 * balance adds both and an order moved by the orders step keeps its earned and spent points with it.
 */
@Component("cmRewardPointsMergeStep")
public class RewardPointsMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Collections.singletonList(
            Move.of("Reward points ledger lines", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + RewardPointsEntryImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
                    "UPDATE " + RewardPointsEntryImpl.TABLE + " SET CUSTOMER_ID = :survivor"
                            + " WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "rewardPoints"; }
    @Override public int getOrder() { return 670; }
    @Override protected String getTitle() { return "Reward points"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
