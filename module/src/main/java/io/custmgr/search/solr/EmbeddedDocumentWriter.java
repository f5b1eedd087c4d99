package io.custmgr.search.solr;

import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrRequestInfo;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;

import java.io.IOException;
import java.util.Collection;

/**
 * Adds documents to the embedded core through its default update processor chain, as Solr's update handler does with
 * a parsed request: the chain still versions each document ({@code _version_}) and writes the update log, but the
 * documents are not serialised to XML and parsed back, as {@code EmbeddedSolrServer} does with every update request.
 */
public class EmbeddedDocumentWriter implements DocumentWriter {

    private final CoreContainer cores;
    private final String coreName;

    public EmbeddedDocumentWriter(CoreContainer cores, String coreName) {
        this.cores = cores;
        this.coreName = coreName;
    }

    @Override
    public void add(Collection<SolrInputDocument> docs, int commitWithinMs) throws IOException {
        SolrCore core = cores.getCore(coreName);
        if (core == null) {
            throw new IOException("No Solr core " + coreName);
        }
        SolrQueryRequest req = new LocalSolrQueryRequest(core, new ModifiableSolrParams());
        SolrQueryResponse rsp = new SolrQueryResponse();
        SolrRequestInfo.setRequestInfo(new SolrRequestInfo(req, rsp));
        try {
            UpdateRequestProcessor processor = core.getUpdateProcessingChain(null).createProcessor(req, rsp);
            for (SolrInputDocument doc : docs) {
                AddUpdateCommand cmd = new AddUpdateCommand(req);
                cmd.solrDoc = doc;
                cmd.overwrite = true;
                cmd.commitWithin = commitWithinMs;
                processor.processAdd(cmd);
            }
            processor.finish();
            if (rsp.getException() != null) {
                throw new IOException(rsp.getException());
            }
        } finally {
            SolrRequestInfo.clearRequestInfo();
            req.close();
            core.close();
        }
    }
}
