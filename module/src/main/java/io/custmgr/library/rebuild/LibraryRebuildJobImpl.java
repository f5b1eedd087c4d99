package io.custmgr.library.rebuild;

import io.custmgr.library.service.LibraryService;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class LibraryRebuildJobImpl implements LibraryRebuildJob {

    private static final Log LOG = LogFactory.getLog(LibraryRebuildJobImpl.class);

    private final LibraryRebuildDao dao;
    private final LibraryService library;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private volatile int batchSize;
    private final int staleMinutes;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Runs this node's executor holds: their heartbeat is renewed while they wait or work. */
    protected final Set<Long> localRuns = Collections.newSetFromMap(new ConcurrentHashMap<Long, Boolean>());

    public LibraryRebuildJobImpl(LibraryRebuildDao dao, LibraryService library, TaskExecutor executor,
            JpaTransactionManager transactionManager, int batchSize, int staleMinutes) {
        if (batchSize < 1) {
            throw new IllegalStateException("custmgr.library.rebuild.batchSize must be at least 1");
        }
        this.dao = dao;
        this.library = library;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
        this.staleMinutes = staleMinutes;
    }

    /** Customers per batch from now on (tests make small batches). */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public long start(String startedBy) {
        long runId = create(startedBy);
        submit(runId);
        return runId;
    }

    @Override
    public long create(final String startedBy) {
        return transactions.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                if (dao.hasActiveRun()) {
                    throw new RebuildAlreadyRunningException();
                }
                long[] span = dao.readCustomerSpan();
                LibraryRebuildRunImpl run = new LibraryRebuildRunImpl();
                run.setStatus("QUEUED");
                run.setStartedBy(startedBy);
                run.setCreated(new Date());
                run.setHeartbeat(run.getCreated());
                run.setNextId(span == null ? 1L : span[0]);
                run.setLastId(span == null ? 0L : span[1]);
                run.setTotal(span == null ? 0 : (int) span[2]);
                em.persist(run);
                em.flush();
                return run.getId();
            }
        });
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
    public void process(final long runId) {
        inTransaction(new Runnable() {
            @Override
            public void run() {
                dao.markRunning(runId, new Date());
            }
        });
        try {
            while (processBatch(runId)) {
                // each batch commits on its own
            }
        } catch (RuntimeException e) {
            LOG.error("Library rebuild run " + runId + " stopped", e);
            final String message = "Stopped by an error: " + e.getClass().getSimpleName();
            inTransaction(new Runnable() {
                @Override
                public void run() {
                    dao.finish(runId, "FAILED", message, new Date());
                }
            });
        }
    }

    @Override
    public boolean processBatch(final long runId) {
        return transactions.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                long[] range = dao.readRange(runId);
                long first = range[0];
                long last = range[1];
                if (first > last) {
                    dao.finish(runId, "DONE", null, new Date());
                    return false;
                }
                Long end = dao.readBatchEnd(first, batchSize);
                long batchEnd = end == null || end > last ? last : end;
                int customers = dao.countCustomers(first, batchEnd);
                int[] changed = library.rebuildRange(first, batchEnd);
                dao.advance(runId, batchEnd, customers, changed[0], changed[1], new Date());
                return true;
            }
        });
    }

    @Override
    public LibraryRebuildRun findRun(long runId) {
        return dao.readRun(runId);
    }

    @Override
    public LibraryRebuildRun findLatest() {
        return dao.readLatest();
    }

    @Override
    public int resumeStalledRuns() {
        inTransaction(new Runnable() {
            @Override
            public void run() {
                dao.renewHeartbeats(new ArrayList<Long>(localRuns), new Date());
            }
        });
        final Date staleBefore = new Date(System.currentTimeMillis() - staleMinutes * 60000L);
        int resumed = 0;
        for (final Long runId : dao.readStalledRuns(staleBefore)) {
            boolean claimed = transactions.execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    return dao.claimStalledRun(runId, staleBefore, "Resumed after its job stopped (restart or"
                            + " failure of the node running it)", new Date());
                }
            });
            if (claimed) {
                LOG.info("Library rebuild run " + runId + " had no heartbeat for " + staleMinutes
                        + " minutes: resumed from its last batch");
                submit(runId);
                resumed++;
            }
        }
        return resumed;
    }

    private void inTransaction(final Runnable work) {
        transactions.execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                work.run();
                return null;
            }
        });
    }
}
