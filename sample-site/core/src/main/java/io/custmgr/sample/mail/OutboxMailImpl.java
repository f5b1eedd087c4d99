package io.custmgr.sample.mail;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_SAMPLE_OUTBOX} of the sample site only: the mails it would have sent. In the database because the
 * storefront and the admin are two webapps with their own class loaders, and both send mail. Written with JDBC by
 * {@link OutboxCustomerMailer}; mapped so it is created.
 */
@Entity
@Table(name = OutboxMailImpl.TABLE)
public class OutboxMailImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_SAMPLE_OUTBOX";

    @Id
    @Column(name = "MAIL_ID", length = 36)
    protected String id;

    @Column(name = "SENT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date sent;

    @Column(name = "TO_ADDRESS", length = 255)
    protected String to;

    @Column(name = "SUBJECT", length = 255)
    protected String subject;

    @Column(name = "TEMPLATE", length = 255)
    protected String template;

    @Column(name = "LINK", length = 2000)
    protected String link;

    @Column(name = "LINK_KIND", length = 32)
    protected String linkKind;
}
