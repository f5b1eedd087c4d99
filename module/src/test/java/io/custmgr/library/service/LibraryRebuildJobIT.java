package io.custmgr.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.library.rebuild.LibraryRebuildJobImpl;
import io.custmgr.library.rebuild.LibraryRebuildRun;
import io.custmgr.library.rebuild.RebuildAlreadyRunningException;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The bulk library rebuild (cmLibraryRebuildJob): a run covers every customer in batches off the calling thread, one
 * at a time, reports what it added and revoked, and a run whose JVM stopped after a batch is resumed from there by
 * another node's stalled-run check, without counting any customer twice.
 */
@BroadleafIntegrationTest
class LibraryRebuildJobIT {

    static final int BATCH = 5000;

    @Resource(name = "cmLibraryRebuildJob")
    LibraryRebuildJobImpl job;

    @Resource(name = "cmLibraryService")
    LibraryService library;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    CommittedCustomers customers;
    LibraryRows rows;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        rows = new LibraryRows(customers.jdbc(), new TransactionTemplate(transactionManager), em, entities);
    }

    @AfterEach
    void cleanUp() {
        job.setBatchSize(BATCH);
        customers.jdbc().update("UPDATE CM_LIBRARY_REBUILD_RUN SET STATUS = 'FAILED' WHERE STATUS IN ('QUEUED',"
                + " 'RUNNING')");
        customers.deleteAll();
        rows.deleteProducts();
    }

    @Test
    void aRunRebuildsEveryCustomerInTheBackgroundAndReportsItsCounts() throws Exception {
        long[] ebook = rows.product("E-book", true);
        long ann = customer("ann");
        long bob = customer("bob");
        rows.placedOrder(ann, ebook);
        rows.placedOrder(bob, ebook);
        job.setBatchSize(2);

        LibraryRebuildRun run = await(job.start("tester"));

        assertEquals("DONE", run.getStatus());
        assertEquals(run.getTotal(), run.getDone());
        assertTrue(run.getAdded() >= 2, "added " + run.getAdded());
        assertEquals("tester", run.getStartedBy());
        assertEquals(100, run.getPercent());
        assertEquals(1, library.findLibrary(ann).size());
        assertEquals(1, library.findLibrary(bob).size());
        assertEquals(run.getId(), job.findLatest().getId());
    }

    @Test
    void onlyOneRunAtATime() {
        long first = job.create("tester");
        assertThrows(RebuildAlreadyRunningException.class, () -> job.start("other"));
        assertEquals("QUEUED", job.findRun(first).getStatus());
    }

    @Test
    void aRunStoppedWithItsJvmIsResumedFromItsLastBatchAndCountsEachCustomerOnce() throws Exception {
        long[] ebook = rows.product("E-book", true);
        long cy = customer("cy");
        long dee = customer("dee");
        long eve = customer("eve");
        rows.placedOrder(cy, ebook);
        rows.placedOrder(dee, ebook);
        rows.placedOrder(eve, ebook);
        long runId = job.create("tester");
        job.setBatchSize(1);
        assertTrue(job.processBatch(runId));
        assertTrue(job.processBatch(runId));
        // the JVM "stops": the run stays RUNNING and its heartbeat ages
        customers.jdbc().update("UPDATE CM_LIBRARY_REBUILD_RUN SET STATUS = 'RUNNING', HEARTBEAT = ? WHERE RUN_ID = ?",
                new Timestamp(System.currentTimeMillis() - 3600000L), runId);
        assertEquals(2, job.findRun(runId).getDone());
        job.setBatchSize(BATCH);

        assertEquals(1, job.resumeStalledRuns());
        LibraryRebuildRun run = await(runId);

        assertEquals("DONE", run.getStatus());
        assertEquals(run.getTotal(), run.getDone(), "no customer counted twice");
        assertTrue(run.getMessage().startsWith("Resumed"), run.getMessage());
        assertEquals(3, run.getAdded(), "each customer's item added once");
        assertEquals(1, library.findLibrary(cy).size());
        assertEquals(1, library.findLibrary(eve).size());
        assertEquals(0, job.resumeStalledRuns(), "a finished run is not resumed");
    }

    private LibraryRebuildRun await(long runId) throws InterruptedException {
        long until = System.currentTimeMillis() + 60000;
        LibraryRebuildRun run = job.findRun(runId);
        while (run.isActive() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            run = job.findRun(runId);
        }
        return run;
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }
}
