package io.custmgr.search.query;

import io.custmgr.search.index.CustomerFields;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index first; {@link SqlCustomerSearch} when Solr fails. */
public class CustomerSearchServiceImpl implements CustomerSearchService {

    private static final Log LOG = LogFactory.getLog(CustomerSearchServiceImpl.class);

    private final SolrServer solr;
    private final SqlCustomerSearch fallback;

    public CustomerSearchServiceImpl(SolrServer solr, SqlCustomerSearch fallback) {
        this.solr = solr;
        this.fallback = fallback;
    }

    @Override
    public CustomerSearchResult search(CustomerSearchCriteria criteria) {
        long started = System.nanoTime();
        QueryResponse response;
        try {
            response = solr.query(CustomerSolrQueries.page(criteria));
        } catch (Exception e) {
            LOG.warn("Customer index unavailable, searching the database instead: " + e);
            return fallback.search(criteria, started);
        }
        List<CustomerHit> hits = new ArrayList<CustomerHit>();
        for (SolrDocument doc : response.getResults()) {
            hits.add(hit(doc));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<String, Map<String, Long>>();
        if (response.getFacetFields() != null) {
            for (FacetField field : response.getFacetFields()) {
                Map<String, Long> counts = new LinkedHashMap<String, Long>();
                if (field.getValues() != null) {
                    for (FacetField.Count count : field.getValues()) {
                        counts.put(count.getName(), count.getCount());
                    }
                }
                facets.put(field.getName(), counts);
            }
        }
        return new CustomerSearchResult(hits, response.getResults().getNumFound(), facets, true,
                (System.nanoTime() - started) / 1000000L);
    }

    @Override
    public List<Long> matchingIdsAfter(CustomerSearchCriteria criteria, long afterId, int batchSize) {
        SolrQuery query = CustomerSolrQueries.matching(criteria);
        query.addFilterQuery(CustomerFields.CUSTOMER_ID + ":{" + afterId + " TO *]");
        query.setFields(CustomerFields.CUSTOMER_ID);
        query.setSort(CustomerFields.CUSTOMER_ID, SolrQuery.ORDER.asc);
        query.setRows(batchSize);
        try {
            List<Long> ids = new ArrayList<Long>(batchSize);
            for (SolrDocument doc : solr.query(query).getResults()) {
                ids.add(((Number) doc.getFieldValue(CustomerFields.CUSTOMER_ID)).longValue());
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("The customer index does not answer", e);
        }
    }

    @Override
    public long countMatching(CustomerSearchCriteria criteria) {
        SolrQuery query = CustomerSolrQueries.matching(criteria);
        query.setRows(0);
        try {
            return solr.query(query).getResults().getNumFound();
        } catch (Exception e) {
            throw new IllegalStateException("The customer index does not answer", e);
        }
    }

    static CustomerHit hit(SolrDocument doc) {
        return new CustomerHit(((Number) doc.getFieldValue(CustomerFields.CUSTOMER_ID)).longValue(),
                (String) doc.getFieldValue(CustomerFields.EMAIL), (String) doc.getFieldValue(CustomerFields.FIRST_NAME),
                (String) doc.getFieldValue(CustomerFields.LAST_NAME), (String) doc.getFieldValue(CustomerFields.COMPANY),
                (Date) doc.getFieldValue(CustomerFields.REGISTERED), (Date) doc.getFieldValue(
                        CustomerFields.LAST_ACTIVITY), (Integer) doc.getFieldValue(CustomerFields.ORDER_COUNT),
                (Double) doc.getFieldValue(CustomerFields.TOTAL_SPENT), strings(doc, CustomerFields.GROUP),
                strings(doc, CustomerFields.CITY), Boolean.TRUE.equals(doc.getFieldValue(CustomerFields.GUEST)),
                Boolean.TRUE.equals(doc.getFieldValue(CustomerFields.DEACTIVATED)));
    }

    private static List<String> strings(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        List<String> strings = new ArrayList<String>();
        if (values != null) {
            for (Object value : values) {
                strings.add(String.valueOf(value));
            }
        }
        return strings;
    }
}
