package io.custmgr.common.tx;

import org.apache.commons.logging.Log;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;

/**
 * A retention purge: deletes rows older than some days in batches, each batch in a new transaction of its own, until
 * a batch deletes nothing. A long purge holds no long locks, and a failure keeps what was deleted already.
 */
public final class BatchedPurge {

    /** What a purge deletes from (a DAO): one call deletes at most about {@code limit} rows older than the cutoff. */
    public interface Batch {
        int deleteOlderThan(Date cutoff, int limit);
    }

    private final TransactionTemplate transactions;

    public BatchedPurge(PlatformTransactionManager transactionManager) {
        transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param days 0 or less deletes nothing
     * @return the rows deleted
     */
    public long olderThan(int days, final int batchSize, final Batch batch) {
        if (days <= 0) {
            return 0;
        }
        final Date cutoff = new Date(System.currentTimeMillis() - days * 86400000L);
        long total = 0;
        int deleted;
        do {
            deleted = transactions.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    return batch.deleteOlderThan(cutoff, Math.max(1, batchSize));
                }
            });
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    /** {@link #olderThan}, logged at INFO when something was deleted, e.g. "E-mail log: deleted 3 rows older than …". */
    public long expired(String what, int days, int batchSize, Batch batch, Log log) {
        long deleted = olderThan(days, batchSize, batch);
        if (deleted > 0) {
            log.info(what + ": deleted " + deleted + " rows older than " + days + " days");
        }
        return deleted;
    }
}
