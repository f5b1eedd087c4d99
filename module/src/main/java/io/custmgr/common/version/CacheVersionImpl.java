package io.custmgr.common.version;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_CACHE_VERSION}: one row per list the nodes keep in memory (blocked IPs, disposable domains), its
 * version bumped in the transaction of every change. Mapped only so it is created; read and written with plain SQL by
 * {@link CacheVersionsImpl}.
 */
@Entity
@Table(name = CacheVersionImpl.TABLE)
public class CacheVersionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CACHE_VERSION";

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;

    @Column(name = "VERSION", nullable = false)
    protected Long version;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;
}
