package io.custmgr.library.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One item of a customer's digital library (CM_LIBRARY_ENTRY), written with set-based SQL by
 * {@code LibraryGrantDao}; mapped so the schema (and the changelog check) knows it. Status ACTIVE or REVOKED.
 */
@Entity
@Table(name = LibraryEntryImpl.TABLE)
public class LibraryEntryImpl implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_LIBRARY_ENTRY";
    public static final String ACTIVE = "ACTIVE";
    public static final String REVOKED = "REVOKED";

    @EmbeddedId
    protected LibraryEntryKey key;

    @Column(name = "ACQUISITION", length = 16, nullable = false)
    protected String acquisition;

    /** The order a PURCHASE came with. */
    @Column(name = "ORDER_ID")
    @Index(name = "CM_LIBRARY_ENTRY_ORDER_IDX")
    protected Long orderId;

    /** Who gave a GIFT (as the merchant typed it). */
    @Column(name = "GIVER", length = 255)
    protected String giver;

    @Column(name = "GRANTED_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date grantedDate;

    @Column(name = "GRANTED_BY", length = 100)
    protected String grantedBy;

    @Column(name = "NOTE", length = 1000)
    protected String note;

    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "REVOKE_REASON", length = 255)
    protected String revokeReason;

    @Column(name = "REVOKED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date revokedDate;

    @Column(name = "DOWNLOADS_USED", nullable = false)
    protected Integer downloadsUsed;

    /** Null: no limit. */
    @Column(name = "DOWNLOADS_ALLOWED")
    protected Integer downloadsAllowed;

    /** Null: no expiry. */
    @Column(name = "ACCESS_EXPIRES")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date accessExpires;

    public LibraryEntryKey getKey() {
        return key;
    }
}
