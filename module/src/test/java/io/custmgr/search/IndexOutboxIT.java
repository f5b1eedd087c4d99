package io.custmgr.search;

import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import io.custmgr.search.index.CustomerIndexer;
import io.custmgr.search.index.IndexRebuildJob;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServer;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Collections;
import java.util.Date;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index's durability: a full rebuild a stopped JVM left behind resumes where it was; a second rebuild cannot start
 * while one runs. (That the outbox keeps a change while Solr does not answer: PendingIndexConsumerTest.)
 */
@BroadleafIntegrationTest
class IndexOutboxIT {

    @Resource(name = "cmIndexStateDao")
    IndexStateDao states;

    @Resource(name = "cmCustomerDocumentDao")
    CustomerDocumentDao documents;

    @Resource(name = "cmCustomerIndexer")
    CustomerIndexer indexer;

    @Resource(name = "cmCustomerSolrServer")
    SolrServer solr;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void aRebuildLeftBehindByAStoppedJvmResumesWhereItWas() throws Exception {
        for (int i = 0; i < 3; i++) {
            customers.registered("rebuild" + i + "." + System.nanoTime() + "@shop.example");
        }
        awaitNoRebuild();
        // a JVM that ran the first batch and stopped: claimed, one batch done, its heartbeat stale
        Date longAgo = new Date(System.currentTimeMillis() - 600000L);
        assertTrue(states.claimRebuild(false, documents.countCustomers(), "test", new Date()));
        long firstId = documents.readIdsAfter(0L, 1).get(0);
        indexer.index(Collections.singletonList(firstId), states.read().getGeneration());
        states.rebuildProgress(firstId, 1L);
        assertTrue(!states.claimRebuild(false, 0L, "second", new Date(System.currentTimeMillis() - 120000L)),
                "no second rebuild while one runs with a fresh heartbeat");
        customers.jdbc().update("UPDATE CM_SEARCH_INDEX_STATE SET REBUILD_HEARTBEAT = ?", longAgo);
        IndexState left = states.read();
        assertEquals(IndexState.RUNNING, left.getRebuildStatus());

        IndexRebuildJob other = new IndexRebuildJob(states, documents, indexer, new SyncTaskExecutor(), 500, 1000);
        assertTrue(other.resumeStale("resume-test"), "the stale rebuild is taken over");
        IndexState done = states.read();
        assertEquals(IndexState.IDLE, done.getRebuildStatus());
        assertEquals(documents.countCustomers(), done.getRebuildDone(), "every customer, the first batch once");
        assertEquals(left.getGeneration(), done.getGeneration(), "the same rebuild, resumed");
        assertEquals(documents.countCustomers(), solr.query(new SolrQuery("*:*").setRows(0)).getResults()
                .getNumFound(), "the index holds every customer and nothing else");
    }

    private void awaitNoRebuild() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60000L;
        while (states.read().isRebuilding() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200L);
        }
    }
}
