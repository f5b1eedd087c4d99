package io.custmgr.merge.step;

import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.stock.domain.StockSubscriptionImpl;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Back-in-stock subscriptions: the absorbed customer's become the survivor's, keeping the address each is mailed at;
 * an open one for a SKU the survivor is already waiting for is dropped, so the person is mailed once.
 */
@Component("cmStockSubscriptionsMergeStep")
public class StockSubscriptionsMergeStep extends SqlMergeStep {

    private static final String TABLE = StockSubscriptionImpl.TABLE;
    private static final String SURVIVOR_WAITS = "EXISTS (SELECT 1 FROM " + TABLE + " s WHERE s.CUSTOMER_ID = :survivor"
            + " AND s.STATE = 'OPEN' AND s.SKU_ID = " + TABLE + ".SKU_ID)";
    private static final String DUPLICATE = "CUSTOMER_ID = :absorbed AND STATE = 'OPEN' AND " + SURVIVOR_WAITS;

    private static final List<Move> MOVES = Arrays.asList(
            Move.of("Back-in-stock subscriptions the survivor has", MergeOutcome.DROPPED,
                    "SELECT COUNT(*) FROM " + TABLE + " WHERE " + DUPLICATE,
                    "DELETE FROM " + TABLE + " WHERE " + DUPLICATE),
            Move.of("Back-in-stock subscriptions", MergeOutcome.MOVED,
                    "SELECT COUNT(*) FROM " + TABLE + " WHERE CUSTOMER_ID = :absorbed AND NOT (STATE = 'OPEN' AND "
                            + SURVIVOR_WAITS + ")",
                    "UPDATE " + TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "stockSubscriptions"; }
    @Override public int getOrder() { return 670; }
    @Override protected String getTitle() { return "Back-in-stock subscriptions"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
