package io.custmgr.search.index;

import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One batch of customers read for the index, ready to write: the documents of those that exist, the ids of those that
 * do not (their documents are deleted), and the last id, where a rebuild resumes once the batch is written.
 */
final class IndexBatch {

    private final List<Long> customerIds;
    private final Map<Long, SolrInputDocument> documents;

    IndexBatch(List<Long> customerIds, Map<Long, SolrInputDocument> documents) {
        this.customerIds = customerIds;
        this.documents = documents;
    }

    Map<Long, SolrInputDocument> getDocuments() {
        return documents;
    }

    List<String> goneIds() {
        List<String> gone = new ArrayList<String>();
        for (Long id : customerIds) {
            if (!documents.containsKey(id)) {
                gone.add(Long.toString(id));
            }
        }
        return gone;
    }

    int size() {
        return customerIds.size();
    }

    long lastId() {
        return customerIds.get(customerIds.size() - 1);
    }
}
