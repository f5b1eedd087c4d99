package io.custmgr.accountaudit.domain;

import org.hibernate.annotations.Index;
import org.hibernate.annotations.Table;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_ACCOUNT_AUDIT_RESULT}: the latest audit's verdict per registered customer, one row each, written
 * and read set-based by {@code cmAccountAuditDao} (JDBC). Mapped here so the host's schema tool creates the table.
 * Criteria and signals are 0/1 columns so the summary is one {@code SUM} per column.
 */
@Entity
@javax.persistence.Table(name = AccountAuditResultImpl.TABLE)
@Table(appliesTo = AccountAuditResultImpl.TABLE, indexes = {
        @Index(name = "CM_AUDIT_RESULT_CLASS_IDX", columnNames = {"ACCOUNT_CLASS", "CUSTOMER_ID"}),
        @Index(name = "CM_AUDIT_RESULT_IP_IDX", columnNames = {"REGISTRATION_IP", "REGISTERED"})})
public class AccountAuditResultImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ACCOUNT_AUDIT_RESULT";

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "RUN_ID", nullable = false)
    protected Long runId;

    @Column(name = "ACCOUNT_CLASS", length = 16)
    protected String accountClass;

    @Column(name = "REGISTERED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date registered;

    @Column(name = "REGISTRATION_IP", length = 45)
    protected String registrationIp;

    @Column(name = "EMAIL_DOMAIN", length = 255)
    protected String emailDomain;

    @Column(name = "A_ORDER", nullable = false)
    protected Integer hasOrder;
    @Column(name = "A_CART", nullable = false)
    protected Integer hasCart;
    @Column(name = "A_WISHLIST", nullable = false)
    protected Integer hasWishlist;
    @Column(name = "A_LIBRARY", nullable = false)
    protected Integer hasLibrary;
    @Column(name = "A_COMPANY", nullable = false)
    protected Integer companyMember;
    @Column(name = "A_AREA", nullable = false)
    protected Integer hasAreaActivity;

    @Column(name = "S_BURST_IP", nullable = false)
    protected Integer burstIp;
    @Column(name = "S_DISPOSABLE", nullable = false)
    protected Integer disposableDomain;
    @Column(name = "S_RANDOM_NAME", nullable = false)
    protected Integer randomName;
    @Column(name = "S_URL_NAME", nullable = false)
    protected Integer urlName;
    @Column(name = "S_NO_FOLLOW_UP", nullable = false)
    protected Integer noFollowUp;
    @Column(name = "S_BLOCKED_IP", nullable = false)
    protected Integer blockedIp;
    @Column(name = "S_UNCONFIRMED", nullable = false)
    protected Integer unconfirmedEmail;
    @Column(name = "SPAM_SCORE", nullable = false)
    protected Integer spamScore;
}
