package io.custmgr.accountaudit.service;

import io.custmgr.accountaudit.dao.AccountCleanupDao;
import io.custmgr.accountaudit.domain.CleanupRunImpl;
import io.custmgr.accountaudit.type.AccountClass;
import io.custmgr.accountaudit.type.CleanupStatus;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmAccountCleanupService")
public class AccountCleanupServiceImpl implements AccountCleanupService {

    private static final Log LOG = LogFactory.getLog(AccountCleanupServiceImpl.class);
    static final int REASON_LENGTH = 255;

    @Resource(name = "cmAccountCleanupDao")
    protected AccountCleanupDao cleanupDao;

    @Resource(name = "cmCleanupTaskExecutor")
    protected TaskExecutor executor;

    @Resource(name = "cmCustomerDeletionService")
    protected CustomerDeletionService deletionService;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Value("${custmgr.accountAudit.cleanup.batchSize}")
    protected int batchSize;

    @Value("${custmgr.accountAudit.cleanup.staleMinutes}")
    protected int staleMinutes;

    protected TransactionTemplate transactions;

    /** Runs this node's executor holds, queued or running: their heartbeat is renewed while they wait their turn. */
    protected final Set<Long> localRuns = Collections.newSetFromMap(new ConcurrentHashMap<Long, Boolean>());

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalStateException("custmgr.accountAudit.cleanup.batchSize must be 1 to 500");
        }
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public long start(final AccountClass accountClass, final Collection<Long> customerIds, final String startedBy) {
        checkClass(accountClass);
        if (customerIds != null && customerIds.isEmpty()) {
            throw new IllegalArgumentException("No account selected");
        }
        final long runId = transactions.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                CleanupRunImpl run = new CleanupRunImpl();
                run.setAccountClass(accountClass.name());
                run.setStartedBy(startedBy);
                run.setCreated(new Date());
                run.setStatus(CleanupStatus.QUEUED.name());
                run.setHeartbeat(run.getCreated());
                em.persist(run);
                em.flush();
                int selected = cleanupDao.insertItems(run.getId(), accountClass, customerIds);
                if (selected == 0) {
                    throw new IllegalArgumentException("None of the selected accounts is " + accountClass.getLabel()
                            .toLowerCase() + " in the latest audit");
                }
                run.setSelected(selected);
                return run.getId();
            }
        });
        submit(runId);
        return runId;
    }

    protected void submit(final long runId) {
        localRuns.add(runId);
        try {
            executor.execute(new Runnable() {
                @Override
                public void run() {
                    try {
                        process(runId);
                    } finally {
                        localRuns.remove(runId);
                    }
                }
            });
        } catch (RuntimeException e) {
            localRuns.remove(runId);
            throw e;
        }
    }

    @Override
    public int resumeStalledRuns() {
        transactions.execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                cleanupDao.renewHeartbeats(new ArrayList<Long>(localRuns));
                return null;
            }
        });
        Date staleBefore = new Date(System.currentTimeMillis() - staleMinutes * 60000L);
        int resumed = 0;
        for (Long runId : cleanupDao.findStalledRuns(staleBefore)) {
            if (claim(runId, staleBefore)) {
                LOG.info("Account cleanup run " + runId + " had no heartbeat for " + staleMinutes
                        + " minutes: resumed with its pending accounts");
                submit(runId);
                resumed++;
            }
        }
        return resumed;
    }

    private boolean claim(final long runId, final Date staleBefore) {
        return transactions.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return cleanupDao.claimStalledRun(runId, staleBefore,
                        "Resumed after its job stopped (restart or failure of the node running it)");
            }
        });
    }

    @Override
    public void process(final long runId) {
        setStatus(runId, CleanupStatus.RUNNING, null);
        try {
            long afterId = Long.MIN_VALUE;
            int batchNo = lastBatchNo(runId); // a resumed run goes on numbering
            List<Long> batch;
            while (!(batch = cleanupDao.readPendingIds(runId, afterId, batchSize)).isEmpty()) {
                afterId = batch.get(batch.size() - 1);
                runBatch(runId, batch, ++batchNo);
            }
            setStatus(runId, CleanupStatus.DONE, null);
        } catch (RuntimeException e) {
            LOG.error("Account cleanup run " + runId + " stopped", e);
            setStatus(runId, CleanupStatus.FAILED, reason(e));
        }
    }

    /** One transaction per batch; a failure rolls back this batch only and is written to its items. */
    protected void runBatch(final long runId, final List<Long> batch, final int batchNo) {
        try {
            transactions.execute(new TransactionCallback<Object>() {
                @Override
                public Object doInTransaction(TransactionStatus status) {
                    cleanupDao.markKept(runId, batch, batchNo);
                    List<Long> pending = cleanupDao.readPending(runId, batch);
                    if (!pending.isEmpty()) {
                        deletionService.remove(pending, AuditActor.system(), "account cleanup run " + runId);
                        cleanupDao.markDeleted(runId, pending, batchNo);
                    }
                    cleanupDao.updateCounts(runId);
                    return null;
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Account cleanup run " + runId + ": batch " + batchNo + " rolled back: " + reason(e));
            transactions.execute(new TransactionCallback<Object>() {
                @Override
                public Object doInTransaction(TransactionStatus status) {
                    cleanupDao.markFailed(runId, batch, batchNo, reason(e));
                    cleanupDao.updateCounts(runId);
                    return null;
                }
            });
        }
    }

    private int lastBatchNo(final long runId) {
        return transactions.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return cleanupDao.lastBatchNo(runId);
            }
        });
    }

    protected void setStatus(final long runId, final CleanupStatus status, final String message) {
        transactions.execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus tx) {
                CleanupRunImpl run = em.find(CleanupRunImpl.class, runId);
                run.setStatus(status.name());
                run.setHeartbeat(new Date());
                if (status.isFinished()) {
                    run.setFinished(new Date());
                }
                if (message != null) {
                    run.setMessage(message.length() > 1000 ? message.substring(0, 1000) : message);
                }
                return null;
            }
        });
    }

    static void checkClass(AccountClass accountClass) {
        if (accountClass != AccountClass.UNUSED && accountClass != AccountClass.SPAM) {
            throw new IllegalArgumentException("Only unused or suspected spam accounts can be cleaned up");
        }
    }

    /** The innermost cause's message: that is where the database says which row it refused. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text;
    }
}
