package io.custmgr.search.dao;

import org.apache.solr.common.SolrInputDocument;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads what the customer index holds of each customer, set-based: a fixed number of statements per batch. */
public interface CustomerDocumentDao {

    /**
     * @return the index document of each of the customers that exist, in the order of {@code customerIds}; a missing
     *         id (deleted customer) has no entry
     */
    Map<Long, SolrInputDocument> readDocuments(Collection<Long> customerIds);

    /** @return up to {@code limit} customer ids above {@code afterId}, ascending (the rebuild's and check's keyset) */
    List<Long> readIdsAfter(long afterId, int limit);

    long countCustomers();

    /** @return up to {@code limit} customers above {@code afterId} with their last update time, ascending by id */
    Map<Long, java.util.Date> readUpdatedAfter(long afterId, int limit);
}
