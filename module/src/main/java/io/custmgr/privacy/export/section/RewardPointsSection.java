package io.custmgr.privacy.export.section;

import org.springframework.stereotype.Component;

/** The reward points ledger, oldest first: points earned, spent, taken back and adjusted, with their order. */
@Component("cmExportRewardPointsSection")
public class RewardPointsSection extends SqlSection {

    static final String SQL = "SELECT p.CREATED, p.POINTS, p.REASON, p.NOTE, o.ORDER_NUMBER, p.ACTIVATES_AT,"
            + " p.EXPIRES_AT FROM CM_REWARD_POINTS p LEFT JOIN BLC_ORDER o ON o.ORDER_ID = p.ORDER_ID"
            + " WHERE p.CUSTOMER_ID = :customer ORDER BY p.CREATED, p.ENTRY_ID";

    @Override public String getKey() { return "rewardPoints"; }
    @Override public String getTitle() { return "Reward points"; }
    @Override public int getOrder() { return 760; }
    @Override protected String getSql() { return SQL; }
}
