package io.custmgr.common.job;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A scheduled job that runs once per cluster: every node schedules it, each tick takes the job's lease first (a
 * conditional update of its {@code CM_JOB_LOCK} row through ShedLock), and only the node that got it runs the job;
 * the others skip that tick. The lease is extended while the job runs and lasts at least {@code minimumSpacing} from
 * the start, so nodes whose clocks or schedulers fire seconds apart do not run the same tick twice; a node that dies
 * holding it loses it after {@code lease}, and the next tick on another node takes over. The run is recorded in
 * {@code CM_JOB_RUN} (node, start, duration, outcome) for the admin. A failing job is logged and recorded, never
 * thrown at the scheduler.
 */
public class ClusterJob implements Runnable {

    private static final Log LOG = LogFactory.getLog(ClusterJob.class);

    private final String name;
    private final Runnable task;
    private final LockingTaskExecutor locks;
    private final JobRunDao runs;
    private final String node;
    private final Duration lease;
    private final Duration minimumSpacing;

    public ClusterJob(String name, Runnable task, LockProvider lockProvider, JobRunDao runs, String node,
            Duration lease, Duration minimumSpacing) {
        this.name = name;
        this.task = task;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.runs = runs;
        this.node = node;
        this.lease = lease;
        this.minimumSpacing = minimumSpacing;
    }

    public String getName() {
        return name;
    }

    /** @return whether this node ran the job (false: another node holds its lease) */
    public boolean runIfLeased() {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = locks.executeWithLock(new LockingTaskExecutor.TaskWithResult<Boolean>() {
                @Override
                public Boolean call() {
                    runRecorded();
                    return Boolean.TRUE;
                }
            }, new LockConfiguration(Instant.now(), name, lease, minimumSpacing));
        } catch (Throwable e) {
            LOG.error("Scheduled job " + name + ": its lease could not be taken", e);
            return false;
        }
        if (!result.wasExecuted() && LOG.isDebugEnabled()) {
            LOG.debug("Scheduled job " + name + " skipped on " + node + ": another node holds its lease");
        }
        return result.wasExecuted();
    }

    @Override
    public void run() {
        runIfLeased();
    }

    private void runRecorded() {
        long startedAt = System.currentTimeMillis();
        record(true, startedAt, null, null);
        try {
            task.run();
            record(false, startedAt, JobOutcome.SUCCEEDED, null);
        } catch (RuntimeException e) {
            LOG.error("Scheduled job " + name + " failed on " + node, e);
            record(false, startedAt, JobOutcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (Error e) {
            record(false, startedAt, JobOutcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    /** The record is bookkeeping: its failure is logged, never the job's. */
    private void record(boolean start, long startedAt, JobOutcome outcome, String message) {
        try {
            if (start) {
                runs.started(name, node, new Date(startedAt));
            } else {
                long now = System.currentTimeMillis();
                runs.finished(name, new Date(now), now - startedAt, outcome, message);
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job " + name + ": its run could not be recorded", e);
        }
    }
}
