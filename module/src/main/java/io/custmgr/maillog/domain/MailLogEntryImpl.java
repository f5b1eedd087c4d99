package io.custmgr.maillog.domain;

import io.custmgr.common.mail.MailKind;
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
 * Table {@code CM_MAIL_LOG}: one row per e-mail sent (or tried) to a customer through the host's mail service, with
 * its rendered content, mailed links' tokens masked. Written and read with JDBC by {@code MailLogDao}; mapped so it is
 * created.
 */
@Entity
@Table(name = MailLogEntryImpl.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "CM_MAIL_LOG_REQUEST_UK", columnNames = "REQUEST_KEY"))
public class MailLogEntryImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_MAIL_LOG";
    public static final int ADDRESS_LENGTH = 255;
    public static final int SUBJECT_LENGTH = 255;
    public static final int ERROR_LENGTH = 500;
    public static final int CONTENT_LENGTH = 100000;
    public static final int REQUEST_KEY_LENGTH = 64;

    @Id
    @Column(name = "LOG_ID", length = 36)
    protected String id;

    /** The customer the mail is for; null when neither the sender nor the address named one. */
    @Column(name = "CUSTOMER_ID")
    @Index(name = "CM_MAIL_LOG_CUST_IDX")
    protected Long customerId;

    @Column(name = "TO_ADDRESS", length = ADDRESS_LENGTH)
    protected String to;

    @Column(name = "SUBJECT", length = SUBJECT_LENGTH)
    protected String subject;

    @Column(name = "KIND", length = MailKind.CODE_LENGTH)
    protected String kind;

    @Column(name = "CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CM_MAIL_LOG_CREATED_IDX")
    protected Date created;

    /** QUEUED, SENT or FAILED (MailStatus). */
    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "STATUS_TIME")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date statusTime;

    /** Why the mail failed: the exception's class and message, shortened. */
    @Column(name = "ERROR", length = ERROR_LENGTH)
    protected String error;

    /** The body as rendered for sending, with the tokens of known link variables masked. */
    @Column(name = "CONTENT", length = CONTENT_LENGTH)
    protected String content;

    /** Whether something was masked in the content (such a mail cannot be resent from the log). */
    @Column(name = "MASKED", nullable = false)
    protected boolean masked;

    /** The admin user who sent it from the customer form, or null. */
    @Column(name = "SENDER", length = 255)
    protected String sender;

    /** The one-time key of the admin form that sent it: a second submit of the same form finds this row. */
    @Column(name = "REQUEST_KEY", length = REQUEST_KEY_LENGTH)
    protected String requestKey;

    /** The entry this one resent, or null. */
    @Column(name = "RESENT_FROM", length = 36)
    protected String resentFrom;
}
