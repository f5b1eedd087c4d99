package io.custmgr.common.job;

import io.custmgr.test.BroadleafIntegrationTest;
import net.javacrumbs.shedlock.support.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes (two {@link ClusterJobs} with their own names, as two JVMs would have) schedule the same job on one
 * database: each tick runs on one of them only, a dead holder's lease passes to the other, and the run records say
 * which node ran, how long and how it ended. Committed data (the leases are the database's), each test its own job.
 */
@BroadleafIntegrationTest
class ClusterJobIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Resource(name = "cmTestDataSource")
    DataSource dataSource;

    JdbcTemplate jdbc;
    String job;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        job = "it-job-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    @Test
    void aTickFiredOnBothNodesAtOnceRunsOnOneAndTheRunSaysWhich() throws Exception {
        final AtomicInteger ran = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        Runnable task = () -> {
            ran.incrementAndGet();
            await(release);
        };
        final ClusterJob onA = node("node-a", 300, 60).job(job, task);
        final ClusterJob onB = node("node-b", 300, 60).job(job, task);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = threads.submit((Callable<Boolean>) onA::runIfLeased);
            Future<Boolean> b = threads.submit((Callable<Boolean>) onB::runIfLeased);
            Boolean first = waitForOne(a, b);
            release.countDown();
            boolean ranOnA = a.get(30, TimeUnit.SECONDS);
            boolean ranOnB = b.get(30, TimeUnit.SECONDS);
            assertNotNull(first);
            assertTrue(ranOnA ^ ranOnB, "exactly one node ran it: a " + ranOnA + ", b " + ranOnB);
            assertEquals(1, ran.get());

            Map<String, Object> run = jdbc.queryForMap("SELECT * FROM CM_JOB_RUN WHERE JOB_NAME = ?", job);
            assertEquals(ranOnA ? "node-a" : "node-b", run.get("NODE"));
            assertEquals("SUCCEEDED", run.get("OUTCOME"));
            assertEquals(1L, ((Number) run.get("RUNS")).longValue());
            assertNotNull(run.get("FINISHED"));
            assertTrue(((Number) run.get("DURATION_MS")).longValue() >= 0);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theNextTickWithinTheMinimumSpacingIsSkippedEverywhereAndTheOneAfterRuns() {
        AtomicInteger ran = new AtomicInteger();
        ClusterJob onA = node("node-a", 300, 60).job(job, ran::incrementAndGet);
        ClusterJob onB = node("node-b", 300, 60).job(job, ran::incrementAndGet);

        assertTrue(onA.runIfLeased());
        assertFalse(onB.runIfLeased(), "node b's scheduler fired a few seconds later: same tick, skipped");
        assertFalse(onA.runIfLeased());
        assertEquals(1, ran.get());

        expireLease(); // the spacing has passed: the next tick
        assertTrue(onB.runIfLeased());
        assertEquals(2, ran.get());
        assertEquals(2L, jdbc.queryForObject("SELECT RUNS FROM CM_JOB_RUN WHERE JOB_NAME = ?", Long.class, job));
        assertEquals("node-b", jdbc.queryForObject("SELECT NODE FROM CM_JOB_RUN WHERE JOB_NAME = ?", String.class,
                job));
    }

    @Test
    void aNodeThatDiedHoldingTheLeaseLosesItWhenTheLeaseEnds() {
        AtomicInteger ran = new AtomicInteger();
        // node a took the lease and died mid-run: its row says locked by node-a for a while yet
        jdbc.update("INSERT INTO CM_JOB_LOCK (NAME, LOCK_UNTIL, LOCKED_AT, LOCKED_BY) VALUES (?, ?, ?, 'node-a')", job,
                new Timestamp(System.currentTimeMillis() + 60000L), new Timestamp(System.currentTimeMillis()));
        ClusterJob onB = node("node-b", 300, 60).job(job, ran::incrementAndGet);

        assertFalse(onB.runIfLeased(), "the lease still holds");
        expireLease();
        assertTrue(onB.runIfLeased(), "taken over");
        assertEquals(1, ran.get());
        assertEquals(Utils.getHostname(), jdbc.queryForObject("SELECT LOCKED_BY FROM CM_JOB_LOCK WHERE NAME = ?",
                String.class, job), "the lease row names this host now, not node a's");
    }

    @Test
    void aFailingJobIsRecordedWithItsMessageAndReleasesTheLeaseForTheNextTick() {
        ClusterJobs a = node("node-a", 300, 0);
        ClusterJob failing = a.job(job, () -> {
            throw new IllegalStateException("no <b>mail</b> server");
        });

        assertTrue(failing.runIfLeased(), "it ran, and failed without throwing at the scheduler");

        Map<String, Object> run = jdbc.queryForMap("SELECT * FROM CM_JOB_RUN WHERE JOB_NAME = ?", job);
        assertEquals("FAILED", run.get("OUTCOME"));
        assertEquals("IllegalStateException: no <b>mail</b> server", run.get("MESSAGE"));
        AtomicInteger ran = new AtomicInteger();
        assertTrue(node("node-b", 300, 0).job(job, ran::incrementAndGet).runIfLeased(), "no spacing: free at once");
        assertEquals(1, ran.get());
    }

    @Test
    void theAdminListShowsKnownJobsNeverRunAndOthersWithTheirLastRun() {
        ClusterJobs a = node("node-a", 300, 60);
        a.job(job, () -> { }).runIfLeased();

        List<JobRunView> jobs = a.getRuns().findAll(ClusterJobs.KNOWN);

        JobRunView first = jobs.get(0);
        assertEquals("page-view-purge", first.getName());
        assertNotNull(first.getDescription());
        JobRunView mine = jobs.stream().filter(v -> v.getName().equals(job)).findFirst().get();
        assertEquals("node-a", mine.getNode());
        assertEquals(JobOutcome.SUCCEEDED, mine.getOutcome());
        assertEquals(Utils.getHostname(), mine.getLeaseHolder(), "within the spacing the lease is still held");
        assertNull(mine.getDescription());
    }

    private ClusterJobs node(String name, int leaseSeconds, int spacingSeconds) {
        return new ClusterJobs(dataSource, jdbc, name, leaseSeconds, spacingSeconds);
    }

    private void expireLease() {
        jdbc.update("UPDATE CM_JOB_LOCK SET LOCK_UNTIL = ? WHERE NAME = ?",
                new Timestamp(System.currentTimeMillis() - 1000L), job);
    }

    private static Boolean waitForOne(Future<Boolean> a, Future<Boolean> b) throws InterruptedException {
        long until = System.currentTimeMillis() + 30000L;
        while (System.currentTimeMillis() < until) {
            if (a.isDone() || b.isDone()) {
                return Boolean.TRUE; // the node without the lease answered while the other still runs
            }
            Thread.sleep(10L);
        }
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
