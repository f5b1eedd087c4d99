package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.task.TaskExecutor;

import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The full rebuild: every customer by ascending id, a batch at a time, each batch's position saved, so a rebuild a
 * stopped JVM left behind resumes where it was (its heartbeat goes stale, the next start claims it). One at a time
 * across nodes: the state row is claimed with a conditional update. Documents carry the rebuild's generation; at the
 * end, documents of older generations (customers deleted meanwhile) are removed and the index is committed. Each
 * batch's ids come ascending, so the documents are read by id range; batches become visible within their own, longer
 * commitWithin (a searcher opened every second would slow the rebuild down). The next batch is read from the database
 * ({@link RebuildReader}) while this one is written to Solr; the saved position moves only past batches Solr accepted.
 */
public class IndexRebuildJob {

    private static final Log LOG = LogFactory.getLog(IndexRebuildJob.class);
    static final long STALE_AFTER_MS = 120000L;

    private final IndexStateDao states;
    private final CustomerDocumentDao documents;
    private final CustomerIndexer indexer;
    private final TaskExecutor executor;
    private final int batchSize;
    private final int commitWithinMs;
    private volatile boolean stopping;
    private int writerThreads = 1;

    public IndexRebuildJob(IndexStateDao states, CustomerDocumentDao documents, CustomerIndexer indexer,
            TaskExecutor executor, int batchSize, int commitWithinMs) {
        this.states = states;
        this.documents = documents;
        this.indexer = indexer;
        this.executor = executor;
        this.batchSize = batchSize;
        this.commitWithinMs = commitWithinMs;
    }

    /**
     * Threads adding each batch's documents to Solr at once (the rebuild's own thread and {@code writerThreads - 1}
     * more, for the run only): Lucene's indexing of one thread is what a rebuild waits for.
     */
    public void setWriterThreads(int writerThreads) {
        if (writerThreads < 1) {
            throw new IllegalArgumentException("custmgr.search.rebuild.writerThreads must be at least 1, not "
                    + writerThreads);
        }
        this.writerThreads = writerThreads;
    }

    /** @return whether a new rebuild started (false: one is running) */
    public boolean start(String by) {
        return claimAndRun(false, by);
    }

    /** Resumes a rebuild whose JVM stopped. @return whether one was resumed */
    public boolean resumeStale(String by) {
        return claimAndRun(true, by);
    }

    private boolean claimAndRun(boolean resume, String by) {
        Date staleBefore = new Date(System.currentTimeMillis() - STALE_AFTER_MS);
        if (!states.claimRebuild(resume, documents.countCustomers(), by, staleBefore)) {
            return false;
        }
        LOG.info((resume ? "Resuming" : "Starting") + " the customer index rebuild (" + by + ")");
        executor.execute(new Runnable() {
            @Override
            public void run() {
                runClaimed();
            }
        });
        return true;
    }

    /** Runs the claimed rebuild on the calling thread (the executor's, or a test's). */
    void runClaimed() {
        try {
            IndexState state = states.read();
            long generation = state.getGeneration();
            long done = state.getRebuildDone();
            RebuildReader reader = new RebuildReader(documents, indexer, generation, state.getRebuildAfterId(),
                    batchSize).start();
            ExecutorService helpers = writerThreads > 1 ? Executors.newFixedThreadPool(writerThreads - 1,
                    new ThreadFactory() {
                        private int count;

                        @Override
                        public synchronized Thread newThread(Runnable task) {
                            Thread thread = new Thread(task, "cm-search-rebuild-writer-" + ++count);
                            thread.setDaemon(true);
                            return thread;
                        }
                    }) : null;
            try {
                while (!stopping) {
                    IndexBatch batch = reader.next();
                    if (batch == null) {
                        indexer.deleteOlderGenerations(generation);
                        states.rebuildFinished();
                        LOG.info("Customer index rebuilt: " + done + " customers");
                        return;
                    }
                    indexer.write(batch, commitWithinMs, helpers, writerThreads);
                    done += batch.size();
                    states.rebuildProgress(batch.lastId(), done);
                }
            } finally {
                reader.close();
                if (helpers != null) {
                    helpers.shutdownNow();
                }
            }
        } catch (Exception e) {
            LOG.error("The customer index rebuild failed", e);
            states.rebuildFailed(e.toString());
        }
    }

    /** Stops after the current batch; the rebuild stays RUNNING and resumes at the next start. */
    public void stop() {
        stopping = true;
    }
}
