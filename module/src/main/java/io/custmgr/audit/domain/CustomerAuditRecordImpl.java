package io.custmgr.audit.domain;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Table;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * Table {@code CM_CUSTOMER_AUDIT}. Immutable for Hibernate (updates are ignored) and without setters; no admin section
 * edits it (its permissions grant no one update or delete).
 */
@Entity
@Immutable
@javax.persistence.Table(name = CustomerAuditRecordImpl.TABLE)
@Table(appliesTo = CustomerAuditRecordImpl.TABLE, indexes = {
        @Index(name = "CM_AUDIT_CUST_TIME_IDX", columnNames = {"CUSTOMER_ID", "EVENT_TIME"})})
public class CustomerAuditRecordImpl implements CustomerAuditRecord {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_AUDIT";
    public static final int VALUE_LENGTH = 1000;

    @Id
    @GeneratedValue(generator = "CustomerAuditRecordId")
    @GenericGenerator(name = "CustomerAuditRecordId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CustomerAuditRecordImpl"),
                    @Parameter(name = "increment_size", value = "50"),
                    @Parameter(name = "entity_name", value = "io.custmgr.audit.domain.CustomerAuditRecordImpl")})
    @Column(name = "AUDIT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "EVENT_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date eventTime;

    @Column(name = "ACTOR_KIND", length = 16, nullable = false)
    protected String actorKind;

    @Column(name = "ADMIN_USER_ID")
    protected Long adminUserId;

    @Column(name = "ACTOR_NAME", length = 255)
    protected String actorName;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "ACTION", length = 32, nullable = false)
    protected String action;

    @Column(name = "FIELD_NAME", length = 255)
    protected String field;

    @Column(name = "OLD_VALUE", length = VALUE_LENGTH)
    protected String oldValue;

    @Column(name = "NEW_VALUE", length = VALUE_LENGTH)
    protected String newValue;

    @Column(name = "DETAIL", length = VALUE_LENGTH)
    protected String detail;

    /** For Hibernate. */
    protected CustomerAuditRecordImpl() {
    }

    public CustomerAuditRecordImpl(CustomerAuditEntry entry, AuditActor actor, Date eventTime) {
        this.customerId = entry.getCustomerId();
        this.eventTime = eventTime;
        this.actorKind = actor.getKind();
        this.adminUserId = actor.getAdminUserId();
        this.actorName = clip(actor.getName(), 255);
        this.ipAddress = clip(actor.getIpAddress(), 45);
        this.action = entry.getAction().getType();
        this.field = clip(entry.getField(), 255);
        this.oldValue = clip(entry.getBefore(), VALUE_LENGTH);
        this.newValue = clip(entry.getAfter(), VALUE_LENGTH);
        this.detail = clip(entry.getDetail(), VALUE_LENGTH);
    }

    /** Cuts text to a column's length, marking the cut with an ellipsis. */
    static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "\u2026";
    }

    @Override public Long getId() { return id; }
    @Override public Long getCustomerId() { return customerId; }
    @Override public Date getEventTime() { return eventTime; }
    @Override public String getActorKind() { return actorKind; }
    @Override public Long getAdminUserId() { return adminUserId; }
    @Override public String getActorName() { return actorName; }
    @Override public String getIpAddress() { return ipAddress; }
    @Override public String getAction() { return action; }
    @Override public String getField() { return field; }
    @Override public String getOldValue() { return oldValue; }
    @Override public String getNewValue() { return newValue; }
    @Override public String getDetail() { return detail; }
}
