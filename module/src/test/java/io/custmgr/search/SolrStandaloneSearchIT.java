package io.custmgr.search;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.index.CustomerIndexer;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.search.query.CustomerSearchServiceImpl;
import io.custmgr.search.query.SqlCustomerSearch;
import io.custmgr.search.solr.CustomerSolrServerFactory;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.SolrCloudServer;
import io.custmgr.test.TestSolr;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.Collections;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone mode (a Solr core by URL, setting custmgr.search.solr.url) against the SolrCloud of the Failsafe
 * execution solrcloud-it, reached over plain HTTP by the collection's name as a standalone server would be.
 */
@BroadleafIntegrationTest
@EnabledIfSystemProperty(named = TestSolr.MODE_PROPERTY, matches = "cloud")
class SolrStandaloneSearchIT {

    @Resource(name = "cmCustomerSearchService")
    CustomerSearchService search;

    @Resource(name = "cmCustomerDocumentDao")
    CustomerDocumentDao documents;

    @Resource(name = "cmNamedJdbcTemplate")
    NamedParameterJdbcTemplate named;

    @Test
    void aCoreByUrlIsWrittenAndSearched() throws Exception {
        CommittedCustomers customers = CommittedCustomers.fromTestContext();
        String email = "standalone." + Long.toString(System.nanoTime(), 36) + "@shop.example";
        Long id = customers.registered(email).getId();
        CustomerSolrServerFactory factory = new CustomerSolrServerFactory("standalone", "",
                TestSolr.cloud().getBaseUrl() + "/" + SolrCloudServer.COLLECTION, "", "");
        try {
            new Searches(search).awaitTotal(1L, "email", email); // indexed through the context's cloud client
            SolrServer http = factory.getObject();
            assertTrue(http instanceof HttpSolrServer);
            Searches standalone = new Searches(new CustomerSearchServiceImpl(http, new SqlCustomerSearch(named)));
            http.deleteById(Long.toString(id));
            http.commit();
            assertEquals(0L, standalone.by("email", email).getTotal());

            new CustomerIndexer(http, documents, 100).index(Collections.singletonList(id), 1L);
            CustomerSearchResult found = standalone.awaitTotal(1L, "email", email);
            assertEquals(id.longValue(), found.getHits().get(0).getId());
        } finally {
            factory.destroy();
            customers.deleteAll();
            CustomerChanges.afterCommit(id);
        }
    }
}
