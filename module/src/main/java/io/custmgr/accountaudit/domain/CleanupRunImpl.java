package io.custmgr.accountaudit.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_CLEANUP_RUN}: one account cleanup (who started it, which class, progress and totals). Its rows in
 * {@code CM_CLEANUP_RUN_ITEM} are the deletion report. Counters are written by the background job after every batch.
 */
@Entity
@Table(name = CleanupRunImpl.TABLE)
public class CleanupRunImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CLEANUP_RUN";

    @Id
    @GeneratedValue(generator = "CleanupRunId")
    @GenericGenerator(name = "CleanupRunId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CleanupRunImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.accountaudit.domain.CleanupRunImpl")})
    @Column(name = "CLEANUP_RUN_ID")
    protected Long id;

    @Column(name = "AUDIT_RUN_ID")
    protected Long auditRunId;

    @Column(name = "ACCOUNT_CLASS", length = 16, nullable = false)
    protected String accountClass;

    @Column(name = "STARTED_BY", length = 255)
    protected String startedBy;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = "FINISHED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date finished;

    /** QUEUED, RUNNING, DONE or FAILED (the job itself stopped; failed batches alone leave it DONE). */
    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "SELECTED_COUNT", nullable = false)
    protected Integer selected = 0;

    @Column(name = "DELETED_COUNT", nullable = false)
    protected Integer deleted = 0;

    @Column(name = "KEPT_COUNT", nullable = false)
    protected Integer kept = 0;

    @Column(name = "FAILED_COUNT", nullable = false)
    protected Integer failed = 0;

    @Column(name = "FAILED_BATCHES", nullable = false)
    protected Integer failedBatches = 0;

    @Column(name = "MESSAGE", length = 1000)
    protected String message;

    /**
     * Last sign of life of the job working on the run (queued, each batch): a QUEUED or RUNNING run whose heartbeat
     * is old lost its job (the JVM stopped) and is resumed.
     */
    @Column(name = "HEARTBEAT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date heartbeat;

    public Long getId() { return id; }
    public Long getAuditRunId() { return auditRunId; }
    public void setAuditRunId(Long auditRunId) { this.auditRunId = auditRunId; }
    public String getAccountClass() { return accountClass; }
    public void setAccountClass(String accountClass) { this.accountClass = accountClass; }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public Date getCreated() { return created; }
    public void setCreated(Date created) { this.created = created; }
    public Date getFinished() { return finished; }
    public void setFinished(Date finished) { this.finished = finished; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getSelected() { return selected; }
    public void setSelected(Integer selected) { this.selected = selected; }
    public Integer getDeleted() { return deleted; }
    public Integer getKept() { return kept; }
    public Integer getFailed() { return failed; }
    public Integer getFailedBatches() { return failedBatches; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public Date getHeartbeat() { return heartbeat; }
    public void setHeartbeat(Date heartbeat) { this.heartbeat = heartbeat; }
}
