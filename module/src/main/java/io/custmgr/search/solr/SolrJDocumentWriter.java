package io.custmgr.search.solr;

import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.util.Collection;

/** Adds documents with one SolrJ update request: the standalone and SolrCloud modes. */
public class SolrJDocumentWriter implements DocumentWriter {

    private final SolrServer solr;

    public SolrJDocumentWriter(SolrServer solr) {
        this.solr = solr;
    }

    @Override
    public void add(Collection<SolrInputDocument> docs, int commitWithinMs) throws IOException {
        UpdateRequest add = new UpdateRequest();
        add.setCommitWithin(commitWithinMs);
        add.add(docs);
        try {
            add.process(solr);
        } catch (SolrServerException e) {
            throw new IOException(e);
        }
    }
}
