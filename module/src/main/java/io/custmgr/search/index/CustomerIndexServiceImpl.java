package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import io.custmgr.search.dao.PendingIndexChangeDao;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.common.SolrDocument;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Status from the state row, the outbox and Solr; the check pages through both sides by id ranges. */
public class CustomerIndexServiceImpl implements CustomerIndexService {

    static final int CHECK_PAGE = 5000;
    static final int MAX_EXTRA_PER_PAGE = 100000;

    private final SolrServer solr;
    private final CustomerIndexer indexer;
    private final IndexRebuildJob rebuild;
    private final IndexStateDao states;
    private final PendingIndexChangeDao pending;
    private final CustomerDocumentDao documents;
    private final String where;

    public CustomerIndexServiceImpl(SolrServer solr, CustomerIndexer indexer, IndexRebuildJob rebuild,
            IndexStateDao states, PendingIndexChangeDao pending, CustomerDocumentDao documents, String where) {
        this.solr = solr;
        this.indexer = indexer;
        this.rebuild = rebuild;
        this.states = states;
        this.pending = pending;
        this.documents = documents;
        this.where = where;
    }

    /** How long a count of BLC_CUSTOMER serves the status page's polls (a full count at a million rows is not free). */
    static final long CUSTOMER_COUNT_MS = 30000L;
    private volatile long customerCount = -1;
    private volatile long customerCountAt;

    @Override
    public IndexStatus status() {
        long docs = indexer.countDocuments();
        return new IndexStatus(docs >= 0, docs, customers(), pending.count(), pending.oldestQueuedAt(),
                states.read(), where);
    }

    /** The number of customers, counted at most every {@link #CUSTOMER_COUNT_MS} however often the page polls. */
    private long customers() {
        long now = System.currentTimeMillis();
        if (customerCount < 0 || now - customerCountAt > CUSTOMER_COUNT_MS) {
            customerCount = documents.countCustomers();
            customerCountAt = now;
        }
        return customerCount;
    }

    @Override
    public IndexState state() {
        return states.read();
    }

    @Override
    public boolean startRebuild(String by) {
        return rebuild.start(by);
    }

    @Override
    public IndexCheck check(boolean repair) {
        IndexCheck check = new IndexCheck();
        List<Long> queue = new ArrayList<Long>();
        List<String> delete = new ArrayList<String>();
        long after = 0L;
        while (true) {
            Map<Long, Date> page = documents.readUpdatedAfter(after, CHECK_PAGE);
            long upTo = page.isEmpty() ? Long.MAX_VALUE : lastKey(page);
            Map<Long, Date> indexed = indexed(after, upTo);
            for (Map.Entry<Long, Date> customer : page.entrySet()) {
                Date at = indexed.remove(customer.getKey());
                if (at == null) {
                    check.missing(customer.getKey());
                    queue.add(customer.getKey());
                } else if (customer.getValue() != null && customer.getValue().after(at)) {
                    check.stale(customer.getKey());
                    queue.add(customer.getKey());
                }
            }
            for (Long extra : indexed.keySet()) {
                check.extra(extra);
                delete.add(Long.toString(extra));
            }
            check.checked(page.size());
            if (page.isEmpty()) {
                break;
            }
            after = upTo;
        }
        if (repair) {
            pending.insert(queue);
            try {
                if (!delete.isEmpty()) {
                    solr.deleteById(delete);
                    solr.commit();
                }
            } catch (Exception e) {
                throw new IllegalStateException("The customer index does not answer", e);
            }
            check.repaired();
        }
        return check;
    }

    private Map<Long, Date> indexed(long after, long upTo) {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(CustomerFields.CUSTOMER_ID + ":{" + after + " TO " + (upTo == Long.MAX_VALUE ? "*"
                : Long.toString(upTo)) + "]");
        query.setFields(CustomerFields.CUSTOMER_ID, CustomerFields.INDEXED_AT);
        query.setRows(MAX_EXTRA_PER_PAGE);
        try {
            Map<Long, Date> indexed = new HashMap<Long, Date>();
            for (SolrDocument doc : solr.query(query).getResults()) {
                indexed.put(((Number) doc.getFieldValue(CustomerFields.CUSTOMER_ID)).longValue(),
                        (Date) doc.getFieldValue(CustomerFields.INDEXED_AT));
            }
            return indexed;
        } catch (Exception e) {
            throw new IllegalStateException("The customer index does not answer", e);
        }
    }

    private static long lastKey(Map<Long, Date> page) {
        long last = 0L;
        for (Long id : page.keySet()) {
            last = id;
        }
        return last;
    }
}
