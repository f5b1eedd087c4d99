package io.custmgr.merge.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_CUSTOMER_MERGE_LOCK}: one row per customer a merge is working on, committed before the merge starts
 * and deleted when it ends. The primary key makes a second merge touching the same customer fail at once with a clear
 * message instead of waiting on row locks; works across webapps and nodes sharing the database. Written with JDBC by
 * {@code CustomerMergeLock}; mapped so it is created.
 */
@Entity
@Table(name = MergeLockImpl.TABLE)
public class MergeLockImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_MERGE_LOCK";

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "LOCKED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lockedAt;

    @Column(name = "LOCKED_BY", length = 255)
    protected String lockedBy;

    protected MergeLockImpl() {
        // for Hibernate
    }
}
