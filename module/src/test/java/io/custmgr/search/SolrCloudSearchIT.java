package io.custmgr.search;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.index.CustomerFields;
import io.custmgr.search.index.CustomerIndexService;
import io.custmgr.search.index.IndexCheck;
import io.custmgr.search.query.CustomerHit;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.search.query.CustomerSolrQueries;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.SolrCloudServer;
import io.custmgr.test.TestSolr;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.impl.CloudSolrServer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only a collection of several shards shows: documents spread over both shards, facets and sorted pages merged
 * from them, a full rebuild and the consistency check deleting across them. Runs in the Failsafe execution
 * solrcloud-it, whose JVM starts a {@link SolrCloudServer}; {@link CustomerSearchIT} runs there too.
 */
@BroadleafIntegrationTest
@EnabledIfSystemProperty(named = TestSolr.MODE_PROPERTY, matches = "cloud")
class SolrCloudSearchIT {

    static final int CUSTOMERS = 16;

    @Resource(name = "cmCustomerSearchService")
    CustomerSearchService search;

    @Resource(name = "cmCustomerIndexService")
    CustomerIndexService index;

    @Resource(name = "cmCustomerSolrServer")
    SolrServer solr;

    CommittedCustomers customers;
    Searches searches;
    String token;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
        searches = new Searches(search);
        token = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void cleanUp() {
        Searches.deleteCustomers(customers, token);
    }

    @Test
    void theIndexIsACollectionWhoseDocumentsSpreadOverBothShards() throws Exception {
        assertTrue(solr instanceof CloudSolrServer, "the context's client: " + solr.getClass().getName());
        register(CUSTOMERS);
        searches.awaitTotal(CUSTOMERS, "email", token);

        SolrQuery query = CustomerSolrQueries.matching(Searches.parse("email", token).getCriteria());
        query.setFields(CustomerFields.ID, "[shard]");
        query.setRows(CUSTOMERS);
        Set<Object> shards = new HashSet<Object>();
        for (SolrDocument doc : solr.query(query).getResults()) {
            shards.add(doc.getFieldValue("[shard]"));
        }
        assertEquals(SolrCloudServer.SHARDS, shards.size(), "the shards holding the documents: " + shards);
    }

    @Test
    void facetsCountOverBothShardsAndEachIgnoresItsOwnFilter() throws Exception {
        List<Long> ids = register(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_NEWSLETTER_OPT_IN = ?, CM_TAX_EXEMPT = ? WHERE"
                    + " CUSTOMER_ID = ?", i < 6, i % 4 == 0, ids.get(i));
        }
        CustomerChanges.afterCommit(ids);

        searches.awaitTotal(4L, "email", token, "flag", "TAX_EXEMPT");
        CustomerSearchResult newsletter = searches.awaitTotal(6L, "email", token, "flag", "NEWSLETTER");
        Map<String, Long> flags = newsletter.getFacets().get(CustomerFields.FLAG);
        assertEquals(Long.valueOf(6L), flags.get(CustomerFields.FLAG_NEWSLETTER));
        assertEquals(Long.valueOf(4L), flags.get(CustomerFields.FLAG_TAX_EXEMPT), "counted without the flag filter");
        assertEquals(Long.valueOf(6L), newsletter.getFacets().get(CustomerFields.GUEST).get("false"),
                "counted within the flag filter");
        Map<String, Long> taxExempt = searches.by("email", token, "flag", "TAX_EXEMPT").getFacets()
                .get(CustomerFields.FLAG);
        assertEquals(Long.valueOf(4L), taxExempt.get(CustomerFields.FLAG_TAX_EXEMPT));
        assertEquals(Long.valueOf(6L), taxExempt.get(CustomerFields.FLAG_NEWSLETTER));
    }

    @Test
    void sortedPagesAreMergedFromBothShards() throws Exception {
        register(CUSTOMERS);
        searches.awaitTotal(CUSTOMERS, "email", token);

        List<String> emails = new ArrayList<String>();
        for (String page : new String[] {"1", "2"}) {
            for (CustomerHit hit : searches.by("email", token, "sort", "email", "dir", "asc", "size", "10",
                    "page", page).getHits()) {
                emails.add(hit.getEmail());
            }
        }
        assertEquals(CUSTOMERS, emails.size());
        for (int i = 0; i < CUSTOMERS; i++) {
            assertEquals(email(i), emails.get(i), "position " + i);
        }
    }

    @Test
    void aRebuildRewritesEveryDocumentAndDropsThoseOfNoCustomer() throws Exception {
        List<Long> ids = register(3);
        searches.awaitTotal(3L, "email", token);
        String stray = addStrayDocument();
        awaitNoRebuild();

        assertTrue(index.startRebuild("solrcloud-it"));
        IndexState state = awaitNoRebuild();
        assertNull(state.getRebuildError());
        assertEquals(0L, solr.query(new SolrQuery(CustomerFields.ID + ":" + stray)).getResults().getNumFound(),
                "the stray document, of an older generation, is deleted on both shards");
        SolrQuery ours = new SolrQuery(CustomerFields.CUSTOMER_ID + ":(" + ids.get(0) + " OR " + ids.get(1) + " OR "
                + ids.get(2) + ")").setFields(CustomerFields.GENERATION);
        for (SolrDocument doc : solr.query(ours).getResults()) {
            assertEquals(state.getGeneration(), ((Number) doc.getFieldValue(CustomerFields.GENERATION)).longValue());
        }
        searches.awaitTotal(3L, "email", token);
    }

    @Test
    void theCheckFindsMissingAndExtraDocumentsAndRepairsThem() throws Exception {
        List<Long> ids = register(4);
        searches.awaitTotal(4L, "email", token);
        solr.deleteById(Long.toString(ids.get(0)));
        String stray = addStrayDocument();

        IndexCheck check = index.check(true);
        assertTrue(check.getMissingExamples().contains(ids.get(0)) || check.getMissing() > 20, "missing");
        assertTrue(check.getExtraExamples().contains(Long.valueOf(stray)) || check.getExtra() > 20, "extra");
        assertTrue(check.isRepaired());
        assertEquals(0L, solr.query(new SolrQuery(CustomerFields.ID + ":" + stray)).getResults().getNumFound());
        searches.awaitTotal(4L, "email", token);
        assertFalse(index.check(false).getMissingExamples().contains(ids.get(0)));
    }

    private List<Long> register(int count) {
        List<Long> ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            ids.add(customers.registered(email(i)).getId());
        }
        return ids;
    }

    private String email(int i) {
        return String.format("cloud%02d.%s@shop.example", i, token);
    }

    /** @return the id of a document, committed, whose customer does not exist */
    private String addStrayDocument() throws Exception {
        long id = 9000000000000L + System.nanoTime() % 1000000L;
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(CustomerFields.ID, Long.toString(id));
        doc.setField(CustomerFields.CUSTOMER_ID, id);
        doc.setField(CustomerFields.EMAIL, "stray." + token + "@shop.example");
        doc.setField(CustomerFields.GENERATION, 0L);
        solr.add(doc);
        solr.commit();
        return Long.toString(id);
    }

    private IndexState awaitNoRebuild() throws InterruptedException {
        long deadline = System.currentTimeMillis() + Searches.WAIT_MS * 3;
        IndexState state = index.status().getState();
        while (state.isRebuilding() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200L);
            state = index.status().getState();
        }
        assertFalse(state.isRebuilding(), "the rebuild ends");
        return state;
    }
}
