package io.custmgr.merge.step;

import io.custmgr.activity.domain.ActivityEventImpl;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/** Activity log: the absorbed customer's events become the survivor's, in one statement. */
@Component("cmActivityMergeStep")
public class ActivityMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Collections.singletonList(Move.of("Activity events", MergeOutcome.MOVED,
            "SELECT COUNT(*) FROM " + ActivityEventImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
            "UPDATE " + ActivityEventImpl.TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "activity"; }
    @Override public int getOrder() { return 700; }
    @Override protected String getTitle() { return "Activity log"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
