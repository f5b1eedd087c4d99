package io.custmgr.customer.account.domain;

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
 * Table {@code CM_EMAIL_CHANGE}: a shopper's request to sign in with a new e-mail address, taken up when the link
 * mailed to that new address is followed. Only the SHA-256 of the link's token is stored.
 */
@Entity
@Table(name = EmailChangeImpl.TABLE)
public class EmailChangeImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_EMAIL_CHANGE";

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    protected String tokenHash;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_EMAIL_CHANGE_CUST_IDX")
    protected Long customerId;

    @Column(name = "NEW_EMAIL", length = 255, nullable = false)
    protected String newEmail;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = "EXPIRES", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expires;

    @Column(name = "CONFIRMED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date confirmed;

    protected EmailChangeImpl() {
    }

    public EmailChangeImpl(String tokenHash, Long customerId, String newEmail, Date created, Date expires) {
        this.tokenHash = tokenHash;
        this.customerId = customerId;
        this.newEmail = newEmail;
        this.created = created;
        this.expires = expires;
    }

    public String getTokenHash() { return tokenHash; }
    public Long getCustomerId() { return customerId; }
    public String getNewEmail() { return newEmail; }
    public Date getCreated() { return created; }
    public Date getExpires() { return expires; }
    public Date getConfirmed() { return confirmed; }

    public void confirm(Date when) {
        this.confirmed = when;
    }
}
