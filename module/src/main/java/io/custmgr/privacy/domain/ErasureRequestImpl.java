package io.custmgr.privacy.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_ERASURE_REQUEST}: a request to erase a customer's personal data (from the storefront, the shopper's
 * own), waiting for the merchant or the grace period ({@link io.custmgr.privacy.type.ErasureRequestStatus}). Holds no
 * personal data, so it stays after the erasure as its record. Written and read with JDBC by {@code ErasureRequestDao};
 * mapped so it is created.
 */
@Entity
@Table(name = ErasureRequestImpl.TABLE)
public class ErasureRequestImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ERASURE_REQUEST";

    @Id
    @Column(name = "REQUEST_ID", length = 36)
    protected String id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_ERASURE_REQUEST_CUST_IDX")
    protected Long customerId;

    @Column(name = "REQUESTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date requested;

    /** STOREFRONT (the shopper) or ADMIN. */
    @Column(name = "SOURCE", length = 16, nullable = false)
    protected String source;

    @Column(name = "STATUS", length = 16, nullable = false)
    @Index(name = "CM_ERASURE_REQUEST_STATUS_IDX")
    protected String status;

    /** The admin user who confirmed or rejected it, "customer" for a cancellation, "system" for the grace job. */
    @Column(name = "DECIDED_BY", length = 255)
    protected String decidedBy;

    @Column(name = "DECIDED", nullable = true)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date decided;
}
