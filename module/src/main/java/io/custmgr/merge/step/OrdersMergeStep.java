package io.custmgr.merge.step;

import io.custmgr.customer.orders.type.OrderKinds;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/**
 * Placed orders ({@link OrderKinds}: every order but carts and wishlists, which their own steps handle) change owner
 * in one statement, their status kept.
 */
@Component("cmOrdersMergeStep")
public class OrdersMergeStep extends SqlMergeStep {

    private static final String ABSORBED_PLACED = "CUSTOMER_ID = :absorbed AND " + OrderKinds.placedCondition("");

    private static final List<Move> MOVES = Collections.singletonList(Move.of("Orders", MergeOutcome.MOVED,
            "SELECT COUNT(*) FROM BLC_ORDER WHERE " + ABSORBED_PLACED,
            "UPDATE BLC_ORDER SET CUSTOMER_ID = :survivor WHERE " + ABSORBED_PLACED));

    @Override public String getKey() { return "orders"; }
    @Override public int getOrder() { return 200; }
    @Override protected String getTitle() { return "Orders"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
