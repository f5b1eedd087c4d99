package io.custmgr.merge.service;

import io.custmgr.merge.domain.MergeLockImpl;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Claims both customers of a merge in {@code CM_CUSTOMER_MERGE_LOCK}, committed in a transaction of its own before the
 * merge starts, so a second merge touching either customer fails at once (primary key) with a clear message instead
 * of queueing behind row locks, whichever webapp or node runs it. A claim older than the stale limit (a JVM that died
 * mid-merge, whose transaction rolled back) is taken over.
 */
@Component("cmCustomerMergeLock")
public class CustomerMergeLock {

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Value("${custmgr.merge.lockStaleMinutes}")
    protected int staleMinutes;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;
    protected TransactionTemplate ownTransaction;

    @PostConstruct
    public void init() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws MergeRefusedException LOCKED when another merge holds either customer */
    public void acquire(final long firstId, final long secondId, final String holder) {
        try {
            ownTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    long now = System.currentTimeMillis();
                    jdbc.update("DELETE FROM " + MergeLockImpl.TABLE + " WHERE CUSTOMER_ID IN (?, ?) AND LOCKED_AT < ?",
                            firstId, secondId, new Timestamp(now - staleMinutes * 60000L));
                    for (long id : new long[] {Math.min(firstId, secondId), Math.max(firstId, secondId)}) {
                        jdbc.update("INSERT INTO " + MergeLockImpl.TABLE + " (CUSTOMER_ID, LOCKED_AT, LOCKED_BY) "
                                + "VALUES (?, ?, ?)", id, new Timestamp(now), holder);
                    }
                }
            });
        } catch (DataIntegrityViolationException | ConstraintViolationException e) {
            // JdbcTemplate translates; on Hibernate's own connection (inside a JPA transaction) Hibernate does
            throw new MergeRefusedException(MergeRefusedException.Reason.LOCKED, "Another merge of customer "
                    + firstId + " or " + secondId + " is running; try again when it has finished");
        }
    }

    public void release(final long firstId, final long secondId) {
        ownTransaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                jdbc.update("DELETE FROM " + MergeLockImpl.TABLE + " WHERE CUSTOMER_ID IN (?, ?)", firstId, secondId);
            }
        });
    }
}
