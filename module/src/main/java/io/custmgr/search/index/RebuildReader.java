package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rebuild's batches ahead, on a thread of its own, while the rebuild's thread writes the previous one to
 * Solr: at most one batch waits in the queue and one more is being read. The reader never moves the rebuild's saved
 * position; the writer does, after Solr accepted a batch. A read failure is handed to the writer in the queue.
 */
final class RebuildReader implements Runnable {

    private static final Object END = new Object();
    private static final long OFFER_MS = 200L;

    private final CustomerDocumentDao documents;
    private final CustomerIndexer indexer;
    private final long generation;
    private final int batchSize;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<Object>(1);
    private volatile long afterId;
    private volatile boolean closed;

    RebuildReader(CustomerDocumentDao documents, CustomerIndexer indexer, long generation, long afterId,
            int batchSize) {
        this.documents = documents;
        this.indexer = indexer;
        this.generation = generation;
        this.afterId = afterId;
        this.batchSize = batchSize;
    }

    /** Starts reading on a daemon thread of its own. */
    RebuildReader start() {
        Thread thread = new Thread(this, "cm-search-rebuild-reader");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try {
            while (!closed) {
                List<Long> ids = documents.readIdsAfter(afterId, batchSize);
                if (ids.isEmpty()) {
                    put(END);
                    return;
                }
                IndexBatch batch = indexer.read(ids, generation);
                afterId = batch.lastId();
                put(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            putQuietly(e);
        } catch (Error e) {
            putQuietly(e);
            throw e;
        }
    }

    /** @return the next batch in id order, null after the last; throws what failed the reading */
    IndexBatch next() throws InterruptedException {
        Object item = queue.take();
        if (item instanceof RuntimeException) {
            throw new IllegalStateException("Reading the customers to index failed", (RuntimeException) item);
        }
        if (item instanceof Error) {
            throw (Error) item;
        }
        return item == END ? null : (IndexBatch) item;
    }

    /** Stops reading ahead (the batches read and not taken are dropped); the thread ends within a moment. */
    void close() {
        closed = true;
        queue.clear();
    }

    private void put(Object item) throws InterruptedException {
        while (!closed && !queue.offer(item, OFFER_MS, TimeUnit.MILLISECONDS)) {
            // the writer is behind: wait, unless the rebuild stopped meanwhile
        }
    }

    private void putQuietly(Throwable failure) {
        try {
            put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
