package io.custmgr.search.solr;

import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.util.Collection;

/**
 * Adds documents to the customer index the fastest way its mode allows: straight into the core's update chain when the
 * core runs in this JVM, through SolrJ otherwise. Implementations are thread-safe; each call is one update request.
 */
public interface DocumentWriter {

    /**
     * Adds (or replaces, by id) the documents, visible to searches within {@code commitWithinMs} (as SolrJ's
     * commitWithin). Returns when the index accepted every document; any failure is thrown and leaves an unknown part
     * of the documents added.
     */
    void add(Collection<SolrInputDocument> docs, int commitWithinMs) throws IOException;
}
