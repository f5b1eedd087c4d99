package io.custmgr.merge.step;

import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/** Placed orders (every order but carts and wishlists, which their own steps handle) change owner in one statement. */
@Component("cmOrdersMergeStep")
public class OrdersMergeStep extends SqlMergeStep {

    static final String PLACED = "FROM BLC_ORDER WHERE CUSTOMER_ID = :absorbed "
            + "AND (ORDER_STATUS IS NULL OR ORDER_STATUS NOT IN ('IN_PROCESS', 'NAMED'))";

    private static final List<Move> MOVES = Collections.singletonList(Move.of("Orders", MergeOutcome.MOVED,
            "SELECT COUNT(*) " + PLACED,
            "UPDATE BLC_ORDER SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed "
                    + "AND (ORDER_STATUS IS NULL OR ORDER_STATUS NOT IN ('IN_PROCESS', 'NAMED'))"));

    @Override public String getKey() { return "orders"; }
    @Override public int getOrder() { return 200; }
    @Override protected String getTitle() { return "Orders"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
