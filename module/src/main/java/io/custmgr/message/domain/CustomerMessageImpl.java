package io.custmgr.message.domain;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * Table {@code CM_CUSTOMER_MESSAGE}: private messages the merchant sent a customer, read in the storefront's inbox.
 * Plain text as typed (shown escaped). Written and read with JDBC by {@code CustomerMessageDao}; mapped so it is
 * created.
 */
@Entity
@Table(name = CustomerMessageImpl.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "CM_CUSTOMER_MESSAGE_REQ_UK", columnNames = "REQUEST_KEY"))
public class CustomerMessageImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_MESSAGE";

    @Id
    @Column(name = "MESSAGE_ID", length = 36)
    protected String id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CM_CUSTOMER_MESSAGE_CUST_IDX")
    protected Long customerId;

    @Column(name = "SUBJECT", length = MessageLimits.SUBJECT_LENGTH, nullable = false)
    protected String subject;

    @Column(name = "BODY", length = MessageLimits.BODY_LENGTH, nullable = false)
    protected String body;

    /** {@code BodyFormat}: TEXT (also for null, messages from before formatting) or FORMATTED. */
    @Column(name = "BODY_FORMAT", length = 16)
    protected String bodyFormat;

    @Column(name = "SENT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date sent;

    /** The admin user who sent it. */
    @Column(name = "SENDER", length = 255)
    protected String sender;

    /** When the customer first opened it; null while unread. */
    @Column(name = "READ_TIME")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date readTime;

    /** The one-time key of the admin form that sent it: a second submit of the same form finds this row. */
    @Column(name = "REQUEST_KEY", length = 64)
    protected String requestKey;
}
