package io.custmgr.audit.domain;

import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AuditActor;
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
 * Table {@code CM_ADMIN_AUDIT}: the customer audit's sibling for the module's own admin sections (one row per change,
 * not per field, as a section's record has no customer to hang a trail on). Immutable for Hibernate and without
 * setters; its admin page only reads, and no permission grants anyone create, update or delete on it.
 */
@Entity
@Immutable
@javax.persistence.Table(name = AdminAuditRecordImpl.TABLE)
@Table(appliesTo = AdminAuditRecordImpl.TABLE, indexes = {
        @Index(name = "CM_ADMIN_AUDIT_SECTION_IDX", columnNames = {"SECTION", "EVENT_TIME"}),
        @Index(name = "CM_ADMIN_AUDIT_TIME_IDX", columnNames = {"EVENT_TIME"}),
        @Index(name = "CM_ADMIN_AUDIT_ENTITY_IDX", columnNames = {"ENTITY_ID", "ENTITY_TYPE"}),
        @Index(name = "CM_ADMIN_AUDIT_OWNER_IDX", columnNames = {"OWNER_KEY"})})
public class AdminAuditRecordImpl implements AdminAuditRecord {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ADMIN_AUDIT";
    public static final int VALUES_LENGTH = 4000;

    @Id
    @GeneratedValue(generator = "AdminAuditRecordId")
    @GenericGenerator(name = "AdminAuditRecordId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "AdminAuditRecordImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.audit.domain.AdminAuditRecordImpl")})
    @Column(name = "AUDIT_ID")
    protected Long id;

    @Column(name = "EVENT_TIME", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date eventTime;

    @Column(name = "ADMIN_USER_ID")
    protected Long adminUserId;

    @Column(name = "ACTOR_NAME", length = 255)
    protected String actorName;

    @Column(name = "IP_ADDRESS", length = 45)
    protected String ipAddress;

    @Column(name = "SECTION", length = 100, nullable = false)
    protected String section;

    @Column(name = "ENTITY_TYPE", length = 255, nullable = false)
    protected String entityType;

    @Column(name = "ENTITY_ID", length = 64)
    protected String entityId;

    @Column(name = "ENTITY_LABEL", length = 255)
    protected String entityLabel;

    @Column(name = "ACTION", length = 16, nullable = false)
    protected String action;

    @Column(name = "OLD_VALUES", length = VALUES_LENGTH)
    protected String oldValues;

    @Column(name = "NEW_VALUES", length = VALUES_LENGTH)
    protected String newValues;

    /** The entity this one is part of, as {@link AdminAuditedPart#ownerKey}: a company for its members and units. */
    @Column(name = "OWNER_KEY", length = 255)
    protected String owner;

    /** For Hibernate. */
    protected AdminAuditRecordImpl() {
    }

    public AdminAuditRecordImpl(AdminAuditEntry entry, AuditActor actor, Date eventTime) {
        this.eventTime = eventTime;
        this.adminUserId = actor.getAdminUserId();
        this.actorName = CustomerAuditRecordImpl.clip(actor.getName(), 255);
        this.ipAddress = CustomerAuditRecordImpl.clip(actor.getIpAddress(), 45);
        this.section = CustomerAuditRecordImpl.clip(entry.getSection(), 100);
        this.entityType = CustomerAuditRecordImpl.clip(entry.getEntityType(), 255);
        this.entityId = CustomerAuditRecordImpl.clip(entry.getEntityId(), 64);
        this.entityLabel = CustomerAuditRecordImpl.clip(entry.getEntityLabel(), 255);
        this.action = entry.getAction().name();
        this.oldValues = CustomerAuditRecordImpl.clip(entry.getOldValues(), VALUES_LENGTH);
        this.newValues = CustomerAuditRecordImpl.clip(entry.getNewValues(), VALUES_LENGTH);
        this.owner = CustomerAuditRecordImpl.clip(entry.getOwner(), 255);
    }

    @Override public Long getId() { return id; }
    @Override public Date getEventTime() { return eventTime; }
    @Override public Long getAdminUserId() { return adminUserId; }
    @Override public String getActorName() { return actorName; }
    @Override public String getIpAddress() { return ipAddress; }
    @Override public String getSection() { return section; }
    @Override public String getEntityType() { return entityType; }
    @Override public String getEntityId() { return entityId; }
    @Override public String getEntityLabel() { return entityLabel; }
    @Override public String getAction() { return action; }
    @Override public String getOldValues() { return oldValues; }
    @Override public String getNewValues() { return newValues; }
    @Override public String getOwner() { return owner; }
}
