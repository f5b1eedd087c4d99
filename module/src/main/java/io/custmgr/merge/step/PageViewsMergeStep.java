package io.custmgr.merge.step;

import io.custmgr.history.domain.PageViewImpl;
import io.custmgr.merge.service.MergeOutcome;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

/** Navigation history: every page view of the absorbed customer becomes the survivor's, in one statement. */
@Component("cmPageViewsMergeStep")
public class PageViewsMergeStep extends SqlMergeStep {

    private static final List<Move> MOVES = Collections.singletonList(Move.of("Page views", MergeOutcome.MOVED,
            "SELECT COUNT(*) FROM " + PageViewImpl.TABLE + " WHERE CUSTOMER_ID = :absorbed",
            "UPDATE " + PageViewImpl.TABLE + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"));

    @Override public String getKey() { return "pageViews"; }
    @Override public int getOrder() { return 600; }
    @Override protected String getTitle() { return "Navigation history"; }
    @Override protected List<Move> getMoves() { return MOVES; }
}
