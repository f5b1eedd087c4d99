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
 * Table {@code CM_JOB_LOCK}: one row per scheduled job, the lease ShedLock's JDBC lock provider takes with a
 * conditional update (columns named as ShedLock expects). Mapped only so it is created; never read as an entity.
 */
@Entity
@Table(name = JobLockImpl.TABLE)
public class JobLockImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_JOB_LOCK";

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;

    @Column(name = "LOCK_UNTIL", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lockUntil;

    @Column(name = "LOCKED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lockedAt;

    @Column(name = "LOCKED_BY", length = 255, nullable = false)
    protected String lockedBy;
}
