package io.custmgr.library.rebuild;

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
 * Table {@code CM_LIBRARY_REBUILD_RUN}: one bulk rebuild of every customer's library. The customers with ids from
 * {@code NEXT_ID} to {@code LAST_ID} are still to do; each batch moves {@code NEXT_ID} and the counters in the
 * transaction that rebuilds it, so a run stopped with its JVM resumes exactly where its last batch committed.
 */
@Entity
@Table(name = LibraryRebuildRunImpl.TABLE)
public class LibraryRebuildRunImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_LIBRARY_REBUILD_RUN";

    @Id
    @GeneratedValue(generator = "LibraryRebuildRunId")
    @GenericGenerator(name = "LibraryRebuildRunId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LibraryRebuildRunImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.library.rebuild.LibraryRebuildRunImpl")})
    @Column(name = "RUN_ID")
    protected Long id;

    /** QUEUED, RUNNING, DONE or FAILED. */
    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "STARTED_BY", length = 255)
    protected String startedBy;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    /** When this node's job (first or resumed) began working: the rate is measured from here. */
    @Column(name = "RESUMED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date resumed;

    @Column(name = "FINISHED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date finished;

    /** Last sign of life (each batch, and every two minutes while queued): an old one means the job stopped. */
    @Column(name = "HEARTBEAT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date heartbeat;

    @Column(name = "NEXT_ID", nullable = false)
    protected Long nextId;

    @Column(name = "LAST_ID", nullable = false)
    protected Long lastId;

    @Column(name = "TOTAL_COUNT", nullable = false)
    protected Integer total = 0;

    @Column(name = "DONE_COUNT", nullable = false)
    protected Integer done = 0;

    /** Customers done when this node's job began (with {@code RESUMED}, the rate of the current job). */
    @Column(name = "RESUMED_COUNT", nullable = false)
    protected Integer resumedDone = 0;

    @Column(name = "ADDED_COUNT", nullable = false)
    protected Integer added = 0;

    @Column(name = "REVOKED_COUNT", nullable = false)
    protected Integer revoked = 0;

    @Column(name = "MESSAGE", length = 1000)
    protected String message;

    public Long getId() { return id; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public Date getCreated() { return created; }
    public void setCreated(Date created) { this.created = created; }
    public Date getHeartbeat() { return heartbeat; }
    public void setHeartbeat(Date heartbeat) { this.heartbeat = heartbeat; }
    public Long getNextId() { return nextId; }
    public void setNextId(Long nextId) { this.nextId = nextId; }
    public Long getLastId() { return lastId; }
    public void setLastId(Long lastId) { this.lastId = lastId; }
    public Integer getTotal() { return total; }
    public void setTotal(Integer total) { this.total = total; }
}
