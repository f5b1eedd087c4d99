package io.custmgr.assist.domain;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Table;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_ASSIST_SESSION}, the assistance log: one row per storefront session an admin user opened as a
 * customer ("Login as customer"), from start to end, with what was done. Inserted through JPA (its id comes from
 * Hibernate's table generator, in a transaction of its own), then updated and read by {@code AssistanceDao}. Names
 * are copied at start, so the log still reads after an admin user or customer is renamed or deleted.
 */
@Entity
@javax.persistence.Table(name = AssistanceSessionImpl.TABLE)
@Table(appliesTo = AssistanceSessionImpl.TABLE, indexes = {
        @Index(name = "CM_ASSIST_SESSION_START_IDX", columnNames = {"STARTED"}),
        @Index(name = "CM_ASSIST_SESSION_CUST_IDX", columnNames = {"CUSTOMER_ID"}),
        @Index(name = "CM_ASSIST_SESSION_ADMIN_IDX", columnNames = {"ADMIN_USER_ID"})})
public class AssistanceSessionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ASSIST_SESSION";
    public static final String ID_SEGMENT = "AssistanceSessionImpl";
    public static final int ID_INCREMENT = 50;
    public static final int NAME_LENGTH = 255;
    public static final int ORDER_NUMBERS_LENGTH = 1024;

    @Id
    @GeneratedValue(generator = "AssistanceSessionId")
    @GenericGenerator(name = "AssistanceSessionId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.assist.domain.AssistanceSessionImpl")})
    @Column(name = "ASSIST_SESSION_ID")
    protected Long id;

    @Column(name = "ADMIN_USER_ID", nullable = false)
    protected Long adminUserId;

    /** The admin user's login at the start. */
    @Column(name = "ADMIN_NAME", length = NAME_LENGTH, nullable = false)
    protected String adminName;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    /** The customer's e-mail address at the start. */
    @Column(name = "CUSTOMER_LABEL", length = NAME_LENGTH)
    protected String customerLabel;

    @Column(name = "STARTED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date started;

    /** Null while the session is open. */
    @Column(name = "ENDED")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date ended;

    /** Code of how it ended: FINISHED, LOGGED_OUT (or the session expired), SIGNED_IN_ELSEWHERE. */
    @Column(name = "END_REASON", length = 32)
    protected String endReason;

    /** The client IP the session was opened from (the admin's browser). */
    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "PAGES_VIEWED", nullable = false)
    protected int pagesViewed;

    @Column(name = "ORDERS_PLACED", nullable = false)
    protected int ordersPlaced;

    /** For JPA. */
    protected AssistanceSessionImpl() {
    }

    /** A new, open session. */
    public AssistanceSessionImpl(Long adminUserId, String adminName, Long customerId, String customerLabel,
            Date started, String ipAddress) {
        this.adminUserId = adminUserId;
        this.adminName = adminName;
        this.customerId = customerId;
        this.customerLabel = customerLabel;
        this.started = started;
        this.ipAddress = ipAddress;
    }

    public Long getId() {
        return id;
    }
}
