package io.custmgr.common.tx;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs side effects (mails, cache eviction) only once the transaction that decided them has committed, never after a
 * rollback; at once outside a transaction.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(final Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /**
     * Like {@link #run} but at most once per transaction for the same {@code key} (compared with {@code equals}):
     * later calls in the same transaction are ignored, so work asked for by several steps happens once.
     */
    public static void runOnce(Object key, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Once && ((Once) registered).key.equals(key)) {
                return;
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new Once(key, action));
    }

    /** Runs {@code action} when the transaction ends, committed or rolled back; nothing outside a transaction. */
    public static void onCompletion(final Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }

    /**
     * Runs {@code action} when the transaction rolls back (undoing a side effect already made, such as a stored file);
     * nothing outside a transaction or after a commit.
     */
    public static void onRollback(final Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }

    private static final class Once extends TransactionSynchronizationAdapter {

        private final Object key;
        private final Runnable action;

        Once(Object key, Runnable action) {
            this.key = key;
            this.action = action;
        }

        @Override
        public void afterCommit() {
            action.run();
        }
    }
}
