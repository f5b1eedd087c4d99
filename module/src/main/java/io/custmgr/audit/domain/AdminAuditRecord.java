package io.custmgr.audit.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One admin change (add, update or delete) of a record in one of the module's admin sections. Written once in the
 * changing transaction, never changed or deleted through the module or the admin.
 */
public interface AdminAuditRecord extends Serializable {

    /** @return the key of the entity the changed one is part of ({@link AdminAuditedPart}), or null */
    String getOwner();

    Long getId();
    Date getEventTime();
    Long getAdminUserId();
    /** the admin user's login */
    String getActorName();
    String getIpAddress();
    /** the section's name, as {@link AdminAudited#section()} */
    String getSection();
    /** the changed entity's class name */
    String getEntityType();
    String getEntityId();
    /** the record's name (e.g. the blocked range) when it has one, else null */
    String getEntityLabel();
    /** code of an {@link io.custmgr.audit.type.AdminAuditAction} */
    String getAction();
    /** the changed fields' values before the change, one {@code field: value} line each; null for an add */
    String getOldValues();
    /** the changed fields' values after the change, one {@code field: value} line each; null for a delete */
    String getNewValues();
}
