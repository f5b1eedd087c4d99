package io.custmgr.common.mailedlink.domain;

import io.custmgr.common.mailedlink.service.MailedLinks;
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
 * Table {@code CM_MAILED_TOKEN}: one row per link mailed to a customer (e-mail change, guest claim, …), told apart by
 * {@code PURPOSE}. Only the SHA-256 of the link's token is stored, so the table alone never opens a link. Written and
 * read with JDBC by {@code MailedTokenDao}; mapped so it is created.
 */
@Entity
@Table(name = MailedTokenImpl.TABLE)
public class MailedTokenImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_MAILED_TOKEN";
    public static final int PURPOSE_LENGTH = MailedLinks.PURPOSE_LENGTH;
    public static final int PAYLOAD_LENGTH = 255;

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    protected String tokenHash;

    @Column(name = "PURPOSE", length = PURPOSE_LENGTH, nullable = false)
    protected String purpose;

    /** The customer the link was mailed to; only that customer may follow it. */
    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_MAILED_TOKEN_CUST_IDX")
    protected Long customerId;

    /** Another customer the link is about (a guest claim's guest profile), or null. */
    @Column(name = "SUBJECT_ID")
    @Index(name = "CM_MAILED_TOKEN_SUBJ_IDX")
    protected Long subjectId;

    /** The purpose's own value (an e-mail change's new address), or null. */
    @Column(name = "PAYLOAD", length = PAYLOAD_LENGTH)
    protected String payload;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date created;

    @Column(name = "EXPIRES", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date expires;

    /** When the link was taken up; null while it is open. */
    @Column(name = "USED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date used;

    /** How often the link was followed, refused visits included. */
    @Column(name = "ATTEMPTS", nullable = false)
    protected int attempts;
}
