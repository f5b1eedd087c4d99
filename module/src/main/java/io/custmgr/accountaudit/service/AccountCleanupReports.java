package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.CleanupItemRow;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;

import java.util.Collection;
import java.util.List;

/**
 * What the account cleanup would do and what it did (bean {@code cmAccountCleanupReports}): the preview of a selection
 * and the runs with their item reports. Only reads; {@link AccountCleanupService} runs the cleanups.
 */
public interface AccountCleanupReports {

    /**
     * What a cleanup of this selection would do now (nothing written).
     *
     * @param accountClass {@code UNUSED} or {@code SPAM}
     * @param customerIds the ticked accounts, or null for every account of the class
     * @throws IllegalArgumentException when the class is not UNUSED or SPAM
     */
    CleanupPreview preview(AccountClass accountClass, Collection<Long> customerIds);

    /** @return the run with its current counts, or null */
    CleanupRunView findRun(long runId);

    /** @return the latest runs, newest first */
    List<CleanupRunView> findRecentRuns(int max);

    /** @return a page of the run's report, optionally of one outcome only */
    List<CleanupItemRow> findItems(long runId, CleanupOutcome outcome, int page, int pageSize);
}
