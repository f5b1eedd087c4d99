package io.custmgr.search.export.job;

import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.SelectedIds;
import io.custmgr.search.export.service.CustomerExporter;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A background export writes its file off the caller's thread, reports its rows, and its file goes when forgotten. */
@BroadleafIntegrationTest
class ExportJobsIT {

    @Resource(name = "cmCustomerExporter")
    CustomerExporter exporter;

    CommittedCustomers customers;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
    }

    @Test
    void writesTheFileInTheBackgroundAndTellsItsOutcome() throws Exception {
        List<Long> ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(customers.registered("job" + i + "." + System.nanoTime() + "@shop.example").getId());
        }
        ExportJobs jobs = new ExportJobs(exporter, new SimpleAsyncTaskExecutor(), 60, 10);
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicReference<ExportJob> outcome = new AtomicReference<ExportJob>();
        final Thread caller = Thread.currentThread();
        final AtomicReference<Thread> ranOn = new AtomicReference<Thread>();
        ExportJob job = jobs.start(new SelectedIds(ids), Arrays.asList(ExportColumn.ID, ExportColumn.EMAIL),
                ExportFormat.CSV, ids.size(), 7L, new ExportJobs.Completion() {
                    @Override
                    public void finished(ExportJob done) {
                        ranOn.set(Thread.currentThread());
                        outcome.set(done);
                        finished.countDown();
                    }
                });
        assertTrue(finished.await(30, TimeUnit.SECONDS));
        assertFalse(caller.equals(ranOn.get()), "not on the caller's thread");
        assertEquals(ExportJob.State.READY, outcome.get().getState());
        assertEquals(3L, job.getRows());
        assertEquals(100, job.getPercent());
        List<String> lines = Files.readAllLines(job.getFile().toPath(), StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "a header and three customers: " + lines);
        assertEquals(job, jobs.find(job.getId()));
        assertEquals(Long.valueOf(7L), job.getAdminUserId());

        jobs.destroy();
        assertFalse(job.getFile().exists(), "the file goes with the job");
        assertNull(jobs.find(job.getId()));
    }
}
