package io.custmgr.common.tx;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a form's effect happen once per one-time request key (a double submit, a second click, a retried POST): the
 * row written under the key is looked up first, and a unique constraint on the key settles two submits at the same
 * time, the loser getting the winner's row. The write runs in a new transaction of its own, so what follows it (a mail
 * sent) happens after it committed.
 */
public final class OncePerRequestKey {

    /** The row of a key: find it, or write it. */
    public interface Row {
        /** @return the id of the row written under the key before, or null */
        String find();

        /** Writes the row (and whatever goes with it, e.g. its audit record). @return its id */
        String write();
    }

    /** What happened: the row's id and whether this call wrote it. */
    public static final class Outcome {
        private final String id;
        private final boolean written;

        Outcome(String id, boolean written) {
            this.id = id;
            this.written = written;
        }

        public String getId() { return id; }
        /** @return false when the key's row existed: the caller must not act again */
        public boolean isWritten() { return written; }
    }

    private final TransactionTemplate transactions;

    public OncePerRequestKey(PlatformTransactionManager transactionManager) {
        transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Outcome run(final Row row) {
        try {
            return transactions.execute(new TransactionCallback<Outcome>() {
                @Override
                public Outcome doInTransaction(TransactionStatus status) {
                    String existing = row.find();
                    return existing != null ? new Outcome(existing, false) : new Outcome(row.write(), true);
                }
            });
        } catch (DuplicateKeyException e) {
            String existing = transactions.execute(new TransactionCallback<String>() {
                @Override
                public String doInTransaction(TransactionStatus status) {
                    return row.find();
                }
            });
            if (existing == null) {
                throw e;
            }
            return new Outcome(existing, false);
        }
    }
}
