package io.custmgr.guest.domain;

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
 * Table {@code CM_GUEST_CLAIM}: an offer to move a guest profile's orders to the account that registered with the
 * guest's e-mail, taken up when the link mailed to that address is followed. Only the SHA-256 of the link's token is
 * stored. Written and read with JDBC by {@code GuestClaimDao}; mapped so it is created.
 */
@Entity
@Table(name = GuestClaimImpl.TABLE)
public class GuestClaimImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_GUEST_CLAIM";

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    protected String tokenHash;

    @Column(name = "GUEST_ID", nullable = false)
    @Index(name = "CM_GUEST_CLAIM_GUEST_IDX")
    protected Long guestId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    protected Long accountId;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = "EXPIRES", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expires;

    @Column(name = "CLAIMED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date claimed;
}
