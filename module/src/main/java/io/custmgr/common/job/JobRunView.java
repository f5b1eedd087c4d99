package io.custmgr.common.job;

import java.util.Date;

/** A scheduled job as the admin lists it: its last run in the cluster and who holds its lease now. */
public class JobRunView {

    private final String name;
    private final String description;
    private final String node;
    private final Date started;
    private final Date finished;
    private final Long durationMs;
    private final JobOutcome outcome;
    private final String message;
    private final long runs;
    private final String leaseHolder;
    private final Date leaseUntil;

    public JobRunView(String name, String description, String node, Date started, Date finished, Long durationMs,
            JobOutcome outcome, String message, long runs, String leaseHolder, Date leaseUntil) {
        this.name = name;
        this.description = description;
        this.node = node;
        this.started = started;
        this.finished = finished;
        this.durationMs = durationMs;
        this.outcome = outcome;
        this.message = message;
        this.runs = runs;
        this.leaseHolder = leaseHolder;
        this.leaseUntil = leaseUntil;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The node of the last run; null when the job never ran. */
    public String getNode() {
        return node;
    }

    public Date getStarted() {
        return started;
    }

    public Date getFinished() {
        return finished;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }

    public long getRuns() {
        return runs;
    }

    /**
     * The host holding the lease (ShedLock names the host, not the process), while it is held: a run, or the
     * minimum spacing after one; else null.
     */
    public String getLeaseHolder() {
        return leaseHolder;
    }

    public Date getLeaseUntil() {
        return leaseUntil;
    }
}
