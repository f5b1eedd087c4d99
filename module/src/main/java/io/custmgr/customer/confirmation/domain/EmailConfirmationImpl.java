package io.custmgr.customer.confirmation.domain;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_EMAIL_CONFIRMATION}: a storefront registration whose e-mail address has to be confirmed by the
 * mailed link, keyed by the customer. Pending while {@code CONFIRMED} is null. Accounts without a row (registered
 * before the setting was on, created by the merchant, converted guests) count as confirmed.
 *
 * <p>A module table rather than a column on {@code BLC_CUSTOMER}: Broadleaf's storefront keeps the customer in the
 * session and saves that copy back, which would undo a confirmation made meanwhile in another tab. Written and read
 * with JDBC by {@code EmailConfirmationDao} only.
 */
@Entity
@Table(name = EmailConfirmationImpl.TABLE)
public class EmailConfirmationImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_EMAIL_CONFIRMATION";

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "EMAIL_ADDRESS", length = 255, nullable = false)
    protected String emailAddress;

    @Column(name = "REQUESTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date requested;

    @Column(name = "CONFIRMED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date confirmed;

    @Column(name = "LAST_SENT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lastSent;

    @Column(name = "SENT_COUNT", nullable = false)
    protected Integer sentCount;
}
