package io.custmgr.search.index;

import io.custmgr.common.async.RateLimitedWarning;
import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import io.custmgr.search.dao.PendingIndexChangeDao;
import io.custmgr.search.dao.PendingIndexChangeDao.PendingRow;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index owner's loop (bean {@code cmPendingIndexConsumer}, in the webapp with the search context): takes the
 * oldest waiting customers from the outbox, writes their documents, and only then deletes those rows; while Solr does
 * not answer the rows stay and the loop retries with a growing pause. At start it brings the index in line with the
 * database: a new database (no state row) empties the index and rebuilds it, an empty index is rebuilt, a rebuild left
 * behind by a stopped JVM resumes, and otherwise every customer changed since the last confirmed time is queued again
 * (changes still in another node's memory when it stopped).
 */
public class PendingIndexConsumer implements DisposableBean {

    private static final Log LOG = LogFactory.getLog(PendingIndexConsumer.class);
    /** How far before the confirmed time the reconcile step looks (changes held in memory before the outbox). */
    static final long RECONCILE_MARGIN_MS = 60000L;
    static final long MAX_PAUSE_MS = 60000L;
    static final int RECONCILE_LIMIT = 5000000;

    private final PendingIndexChangeDao pending;
    private final IndexStateDao states;
    private final CustomerDocumentDao documents;
    private final CustomerIndexer indexer;
    private final IndexRebuildJob rebuild;
    private final long pollMs;
    private final int batchSize;
    private final RateLimitedWarning warning = new RateLimitedWarning(LOG, 60000L);
    private volatile boolean running;
    private volatile boolean available;
    private Thread thread;
    private long lastConfirm;

    public PendingIndexConsumer(PendingIndexChangeDao pending, IndexStateDao states, CustomerDocumentDao documents,
            CustomerIndexer indexer, IndexRebuildJob rebuild, long pollMs, int batchSize) {
        this.pending = pending;
        this.states = states;
        this.documents = documents;
        this.indexer = indexer;
        this.rebuild = rebuild;
        this.pollMs = Math.max(10L, pollMs);
        this.batchSize = Math.max(1, batchSize);
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                loop();
            }
        }, "cm-search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        boolean aligned = false;
        int failures = 0;
        while (running) {
            try {
                if (!aligned) {
                    alignWithDatabase();
                    aligned = true;
                }
                int handled = drainOnce();
                available = true;
                failures = 0;
                if (handled < batchSize) {
                    Thread.sleep(pollMs);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                available = false;
                failures++;
                warning.warn("Could not update the customer index; the changes wait in CM_SEARCH_PENDING and are"
                        + " retried: " + e, null);
                pause(Math.min(MAX_PAUSE_MS, pollMs << Math.min(failures, 16)));
            }
        }
    }

    void alignWithDatabase() throws Exception {
        if (states.ensureRow()) {
            LOG.info("New database for the customer index: emptying the index and rebuilding it");
            indexer.deleteAll();
            rebuild.start("start-up");
            return;
        }
        IndexState state = states.read();
        if (state.isRebuilding()) {
            rebuild.resumeStale("start-up");
        } else if (indexer.countDocuments() == 0 && documents.countCustomers() > 0) {
            rebuild.start("start-up");
        } else if (state.getConfirmedUntil() != null) {
            Date since = new Date(state.getConfirmedUntil().getTime() - RECONCILE_MARGIN_MS);
            List<Long> changed = states.customersChangedSince(since, RECONCILE_LIMIT);
            pending.insert(changed);
            LOG.info("Customer index reconcile: " + changed.size() + " customers changed since " + since);
        }
    }

    /** @return the number of outbox rows handled */
    int drainOnce() throws Exception {
        long started = System.currentTimeMillis();
        List<PendingRow> rows = pending.readOldest(batchSize);
        if (rows.isEmpty()) {
            if (started - lastConfirm > 5000L) {
                states.confirm(new Date(started));
                lastConfirm = started;
            }
            return 0;
        }
        Set<Long> customers = new LinkedHashSet<Long>();
        List<Long> rowIds = new ArrayList<Long>(rows.size());
        for (PendingRow row : rows) {
            customers.add(row.getCustomerId());
            rowIds.add(row.getId());
        }
        indexer.index(customers, states.read().getGeneration());
        pending.delete(rowIds);
        return rows.size();
    }

    /** @return whether the last round reached Solr */
    public boolean isAvailable() {
        return available;
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        rebuild.stop();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(10000L);
        }
    }
}
