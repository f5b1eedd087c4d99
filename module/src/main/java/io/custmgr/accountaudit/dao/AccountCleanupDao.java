package io.custmgr.accountaudit.dao;

import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupOutcome;
import io.custmgr.customer.deletion.type.KeepRule;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Set-based JDBC for the cleanup's run items ({@code CM_CLEANUP_RUN_ITEM}) and the deletion itself. Every method joins
 * the caller's transaction. A batch is what {@link #readPendingIds} returned (ascending) or the ascending part of it
 * still PENDING: the statements select it by the id range it spans among the run's PENDING items.
 */
public interface AccountCleanupDao {

    /**
     * Copies the selected customers of the class (all of it when {@code customerIds} is null) from the latest audit
     * into the run as PENDING items, e-mail included. @return items added
     */
    int insertItems(long runId, AccountClass accountClass, Collection<Long> customerIds);

    /** @return up to {@code max} PENDING customer ids of the run above {@code afterId}, ascending */
    List<Long> readPendingIds(long runId, long afterId, int max);

    /** Marks the batch's customers a never-delete rule applies to as KEPT, with the rule. @return per rule, how many */
    Map<KeepRule, Integer> markKept(long runId, List<Long> batch, int batchNo);

    /** @return those of the batch still PENDING (after {@link #markKept}), ascending */
    List<Long> readPending(long runId, List<Long> batch);

    /** Marks the batch's PENDING customers DELETED (after {@code cmCustomerDeletionService} deleted them). */
    int markDeleted(long runId, List<Long> pending, int batchNo);

    /** Marks the batch's PENDING items FAILED with the reason (after its transaction rolled back). */
    int markFailed(long runId, List<Long> batch, int batchNo, String reason);

    /** Writes the run's counters from its items, and its heartbeat. */
    void updateCounts(long runId);

    /** @return the highest batch number the run's items carry, 0 before the first batch */
    int lastBatchNo(long runId);

    /** A fresh heartbeat for these runs while QUEUED or RUNNING: their job is alive, if waiting its turn. */
    void renewHeartbeats(Collection<Long> runIds);

    /** @return QUEUED or RUNNING runs whose heartbeat is older than {@code staleBefore} (or missing) */
    List<Long> findStalledRuns(Date staleBefore);

    /**
     * Takes a stalled run over: back to QUEUED with a fresh heartbeat, only if it is still stalled (of two nodes
     * trying at once, one wins). @return whether this caller took it
     */
    boolean claimStalledRun(long runId, Date staleBefore, String message);

    /** @return items of the run, optionally of one outcome, ordered by customer id */
    List<CleanupItemRow> readItems(long runId, CleanupOutcome outcome, int firstResult, int maxResults);

    /** @return per outcome, how many items the run has */
    Map<CleanupOutcome, Integer> countItems(long runId);

    /**
     * A preview for the confirmation page, nothing written: how many of the selection a never-delete rule would keep
     * today. @return per rule (first rule that applies), how many
     */
    Map<KeepRule, Integer> previewKept(AccountClass accountClass, Collection<Long> customerIds);

    /** @return how many accounts of the class the selection covers */
    int countSelection(AccountClass accountClass, Collection<Long> customerIds);
}
