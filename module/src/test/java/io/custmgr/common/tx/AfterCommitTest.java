package io.custmgr.common.tx;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AfterCommitTest {

    final AtomicInteger runs = new AtomicInteger();
    final Runnable count = runs::incrementAndGet;

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void workAskedForSeveralTimesInATransactionRunsOnceAfterCommit() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.runOnce("caches", count);
        AfterCommit.runOnce("caches", count);
        AfterCommit.runOnce(new String("caches"), count);
        assertEquals(0, runs.get(), "not before the commit");

        commit();

        assertEquals(1, runs.get());
    }

    @Test
    void differentKeysRunEach() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.runOnce("caches", count);
        AfterCommit.runOnce("other", count);

        commit();

        assertEquals(2, runs.get());
    }

    @Test
    void nothingRunsAfterARollbackButCompletionWork() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.runOnce("caches", count);
        AfterCommit.run(count);
        AtomicInteger completions = new AtomicInteger();
        AfterCommit.onCompletion(completions::incrementAndGet);

        List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCompletion(registered, TransactionSynchronization.STATUS_ROLLED_BACK);

        assertEquals(0, runs.get());
        assertEquals(1, completions.get());
    }

    @Test
    void outsideATransactionItRunsAtOnce() {
        AfterCommit.runOnce("caches", count);
        AfterCommit.runOnce("caches", count);
        assertEquals(2, runs.get(), "no transaction to wait for or to share");
    }

    private static void commit() {
        List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(registered);
        TransactionSynchronizationUtils.invokeAfterCompletion(registered, TransactionSynchronization.STATUS_COMMITTED);
    }
}
