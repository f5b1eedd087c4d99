package io.custmgr.audit.service;

import io.custmgr.audit.type.AdminAuditAction;

/** One admin section change before it is written (the actor and time are added then). */
public final class AdminAuditEntry {

    private final String section;
    private final String entityType;
    private final String entityId;
    private final String entityLabel;
    private final AdminAuditAction action;
    private final String oldValues;
    private final String newValues;
    private String owner;

    public AdminAuditEntry(String section, String entityType, String entityId, String entityLabel,
            AdminAuditAction action, String oldValues, String newValues) {
        this.section = section;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = entityLabel;
        this.action = action;
        this.oldValues = oldValues;
        this.newValues = newValues;
    }

    public String getSection() { return section; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getEntityLabel() { return entityLabel; }
    public AdminAuditAction getAction() { return action; }
    public String getOldValues() { return oldValues; }
    public String getNewValues() { return newValues; }

    /** @return the entity this one is part of ({@link io.custmgr.audit.domain.AdminAuditedPart}), or null */
    public String getOwner() { return owner; }

    /** @param owner the {@link io.custmgr.audit.domain.AdminAuditedPart#ownerKey owner key}; @return this entry */
    public AdminAuditEntry ownedBy(String owner) {
        this.owner = owner;
        return this;
    }
}
