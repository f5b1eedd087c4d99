package io.custmgr.common.job;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_JOB_RUN}: the last run of each scheduled job in the cluster (which node, when, how long, how it
 * ended) and how many runs it had. Written and read with JDBC by {@link JobRunDao}; mapped so it is created.
 */
@Entity
@Table(name = JobRunImpl.TABLE)
public class JobRunImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_JOB_RUN";

    @Id
    @Column(name = "JOB_NAME", length = 64)
    protected String jobName;

    @Column(name = "NODE", length = 255, nullable = false)
    protected String node;

    @Column(name = "STARTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date started;

    @Column(name = "FINISHED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date finished;

    @Column(name = "DURATION_MS")
    protected Long durationMs;

    /** RUNNING, SUCCEEDED or FAILED ({@link JobOutcome}). */
    @Column(name = "OUTCOME", length = 16, nullable = false)
    protected String outcome;

    /** A failure's exception and message, cut to the column. */
    @Column(name = "MESSAGE", length = 1000)
    protected String message;

    @Column(name = "RUNS", nullable = false)
    protected Long runs;
}
