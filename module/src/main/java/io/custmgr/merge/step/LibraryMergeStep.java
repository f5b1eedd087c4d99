package io.custmgr.merge.step;

import io.custmgr.common.jdbc.InLists;
import io.custmgr.library.domain.DownloadLogImpl;
import io.custmgr.library.domain.LibraryEntryImpl;
import io.custmgr.library.service.LibraryService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeOutcome;
import io.custmgr.merge.service.MergeParties;
import io.custmgr.merge.service.MergeStepReport;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/**
 * Digital library, after the orders moved: the absorbed customer's entries move to the survivor unless the survivor
 * has the item already (the survivor's entry stays), its download log follows, and the survivor's library is then
 * rebuilt from the orders it now holds.
 */
@Component("cmLibraryMergeStep")
public class LibraryMergeStep extends SqlMergeStep {

    private static final String T = LibraryEntryImpl.TABLE;
    private static final String SURVIVOR_HAS = "EXISTS (SELECT 1 FROM " + T
            + " t WHERE t.CUSTOMER_ID = :survivor AND t.PRODUCT_ID = f.PRODUCT_ID)";
    private static final String ABSORBED = " FROM " + T + " f WHERE f.CUSTOMER_ID = :absorbed AND ";
    private static final String DOWNLOADS = "SELECT COUNT(*) FROM " + DownloadLogImpl.TABLE
            + " WHERE CUSTOMER_ID = :absorbed";

    @Resource(name = "cmLibraryService")
    protected LibraryService library;

    @Override public String getKey() { return "library"; }
    @Override public int getOrder() { return 250; }
    @Override protected String getTitle() { return "Digital library"; }

    @Override
    protected List<Move> getMoves() {
        return Collections.emptyList(); // counted and moved below: the item check needs the survivor's ids first
    }

    @Override
    public MergeStepReport preview(MergeParties parties) {
        return report(count("SELECT COUNT(*)" + ABSORBED + "NOT " + SURVIVOR_HAS, parties),
                count("SELECT COUNT(*)" + ABSORBED + SURVIVOR_HAS, parties), count(DOWNLOADS, parties));
    }

    @Override
    public MergeStepReport merge(MergeParties parties, MergeChoices choices) {
        MapSqlParameterSource params = params(parties);
        List<Long> moving = jdbc.queryForList("SELECT f.PRODUCT_ID" + ABSORBED + "NOT " + SURVIVOR_HAS, params,
                Long.class);
        long kept = count("SELECT COUNT(*)" + ABSORBED + SURVIVOR_HAS, parties);
        // MySQL and MariaDB refuse an UPDATE that reads its own table: the ids are read first, then moved
        for (List<Long> chunk : InLists.chunks(moving)) {
            jdbc.update("UPDATE " + T + " SET CUSTOMER_ID = :survivor WHERE CUSTOMER_ID = :absorbed"
                    + " AND PRODUCT_ID IN (:ids)", params(parties).addValue("ids", chunk));
        }
        jdbc.update("DELETE FROM " + T + " WHERE CUSTOMER_ID = :absorbed", params);
        int downloads = jdbc.update("UPDATE " + DownloadLogImpl.TABLE + " SET CUSTOMER_ID = :survivor"
                + " WHERE CUSTOMER_ID = :absorbed", params);
        library.rebuild(parties.getSurvivorId());
        return report(moving.size(), kept, downloads);
    }

    private MergeStepReport report(long moved, long kept, long downloads) {
        return new MergeStepReport(getKey(), getTitle())
                .line("Library items", moved, MergeOutcome.MOVED)
                .line("Library items the survivor already has", kept, MergeOutcome.DROPPED)
                .line("Downloads", downloads, MergeOutcome.MOVED);
    }
}
