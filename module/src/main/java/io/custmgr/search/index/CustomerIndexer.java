package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.solr.DocumentWriter;
import io.custmgr.search.solr.SolrJDocumentWriter;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes customer documents to Solr: reads a batch of customers set-based ({@link CustomerDocumentDao}), adds the
 * documents of those that exist and deletes those of the others, in one update request made visible within
 * {@code commitWithinMs}. Adds go through a {@link DocumentWriter}, the fastest way of the index's mode.
 */
public class CustomerIndexer {

    /** Below this many documents a slice is not worth a thread of its own. */
    static final int MIN_SLICE = 250;

    private final SolrServer solr;
    private final DocumentWriter writer;
    private final CustomerDocumentDao documents;
    private final int commitWithinMs;

    /** Adds documents through {@code solr} too. */
    public CustomerIndexer(SolrServer solr, CustomerDocumentDao documents, int commitWithinMs) {
        this(solr, new SolrJDocumentWriter(solr), documents, commitWithinMs);
    }

    /** @param writer adds the documents (the embedded core's chain, or {@code solr}); deletes and queries use solr */
    public CustomerIndexer(SolrServer solr, DocumentWriter writer, CustomerDocumentDao documents, int commitWithinMs) {
        this.solr = solr;
        this.writer = writer;
        this.documents = documents;
        this.commitWithinMs = commitWithinMs;
    }

    /** @return the number of documents written (deleted customers not counted) */
    public int index(Collection<Long> customerIds, long generation) throws SolrServerException, IOException {
        return index(customerIds, generation, commitWithinMs);
    }

    /**
     * As {@link #index(Collection, long)}, visible within {@code commitWithinMs} (the full rebuild waits longer: each
     * commit opens a new searcher, which a rebuild of thousands of documents a second must not do every second).
     */
    public int index(Collection<Long> customerIds, long generation, int commitWithinMs) throws SolrServerException,
            IOException {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return write(read(new ArrayList<Long>(customerIds), generation), commitWithinMs);
    }

    /** Reads the documents of a non-empty batch of customers, stamped with the time and the rebuild's generation. */
    IndexBatch read(List<Long> customerIds, long generation) {
        Map<Long, SolrInputDocument> docs = documents.readDocuments(customerIds);
        Date now = new Date();
        for (SolrInputDocument doc : docs.values()) {
            doc.setField(CustomerFields.INDEXED_AT, now);
            doc.setField(CustomerFields.GENERATION, generation);
        }
        return new IndexBatch(customerIds, docs);
    }

    /** Writes a batch read by {@link #read}. @return the number of documents written */
    int write(IndexBatch batch, int commitWithinMs) throws SolrServerException, IOException {
        return write(batch, commitWithinMs, null, 1);
    }

    /**
     * Writes a batch read by {@link #read}, its documents in {@code parts} slices added at once: one on the calling
     * thread, the others on {@code helpers} (Lucene indexes the documents of several threads in parallel, each into a
     * segment of its own). Returns when every slice is written; the first failure is thrown.
     *
     * @return the number of documents written
     */
    int write(IndexBatch batch, final int commitWithinMs, ExecutorService helpers, int parts)
            throws SolrServerException, IOException {
        Map<Long, SolrInputDocument> docs = batch.getDocuments();
        if (!docs.isEmpty()) {
            List<SolrInputDocument> all = new ArrayList<SolrInputDocument>(docs.values());
            int slices = helpers == null ? 1 : Math.max(1, Math.min(parts, all.size() / MIN_SLICE));
            int size = (all.size() + slices - 1) / slices;
            List<Future<Void>> others = new ArrayList<Future<Void>>(slices - 1);
            for (int i = 1; i < slices; i++) {
                final List<SolrInputDocument> slice = all.subList(i * size, Math.min(all.size(), (i + 1) * size));
                others.add(helpers.submit(new Callable<Void>() {
                    @Override
                    public Void call() throws IOException {
                        writer.add(slice, commitWithinMs);
                        return null;
                    }
                }));
            }
            try {
                writer.add(all.subList(0, Math.min(all.size(), size)), commitWithinMs);
            } finally {
                awaitAll(others);
            }
        }
        List<String> gone = batch.goneIds();
        if (!gone.isEmpty()) {
            // a request of its own: SolrJ 4's XML of adds and deletes in one request has two roots
            UpdateRequest delete = new UpdateRequest();
            delete.setCommitWithin(commitWithinMs);
            delete.deleteById(gone);
            delete.process(solr);
        }
        return docs.size();
    }

    /** Waits for every slice, then throws the first failure (an add that failed must fail the batch). */
    private static void awaitAll(List<Future<Void>> slices) throws IOException {
        IOException failed = null;
        for (Future<Void> slice : slices) {
            try {
                slice.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = failed != null ? failed : new IOException("Interrupted while writing to the index", e);
            } catch (ExecutionException e) {
                failed = failed != null ? failed : e.getCause() instanceof IOException ? (IOException) e.getCause()
                        : new IOException("Writing to the index failed", e.getCause());
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Removes documents written before the given full rebuild (customers deleted meanwhile), and commits. */
    public void deleteOlderGenerations(long generation) throws SolrServerException, IOException {
        solr.deleteByQuery(CustomerFields.GENERATION + ":[* TO " + (generation - 1) + "]");
        solr.commit();
    }

    public void deleteAll() throws SolrServerException, IOException {
        solr.deleteByQuery("*:*");
        solr.commit();
    }

    public void commit() throws SolrServerException, IOException {
        solr.commit();
    }

    /** @return the number of documents, or -1 when Solr does not answer */
    public long countDocuments() {
        try {
            return solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        } catch (SolrServerException e) {
            return -1L;
        } catch (RuntimeException e) {
            return -1L;
        }
    }
}
