package io.custmgr.search.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_SEARCH_INDEX_STATE}, one row ({@link #ROW_ID}): the index's confirmed position and the full
 * rebuild's progress, so a rebuild resumes after a JVM stop and the reconcile step knows where to start. Read and
 * written with JDBC; the entity is here for the schema.
 */
@Entity
@Table(name = SearchIndexStateImpl.TABLE)
public class SearchIndexStateImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_SEARCH_INDEX_STATE";
    public static final long ROW_ID = 1L;

    @Id
    @Column(name = "STATE_ID")
    protected Long id;

    /** every change committed before this time is in the index */
    @Column(name = "CONFIRMED_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date confirmedUntil;

    /** generation of the last finished (or the running) full rebuild; documents carry it */
    @Column(name = "GENERATION", nullable = false)
    protected Long generation;

    /** IDLE, RUNNING, FAILED */
    @Column(name = "REBUILD_STATUS", length = 16, nullable = false)
    protected String rebuildStatus;

    @Column(name = "REBUILD_AFTER_ID")
    protected Long rebuildAfterId;

    @Column(name = "REBUILD_DONE")
    protected Long rebuildDone;

    @Column(name = "REBUILD_TOTAL")
    protected Long rebuildTotal;

    @Column(name = "REBUILD_STARTED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date rebuildStarted;

    @Column(name = "REBUILD_HEARTBEAT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date rebuildHeartbeat;

    @Column(name = "REBUILD_FINISHED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date rebuildFinished;

    @Column(name = "REBUILD_BY", length = 255)
    protected String rebuildBy;

    @Column(name = "REBUILD_ERROR", length = 1000)
    protected String rebuildError;

    public Long getId() {
        return id;
    }
}
