package io.custmgr.audit.domain;

import java.io.Serializable;
import java.util.Date;

/** One line of a customer's audit trail. Written once, never changed or deleted through the module or the admin. */
public interface CustomerAuditRecord extends Serializable {

    Long getId();
    Long getCustomerId();
    Date getEventTime();
    /** {@link io.custmgr.audit.service.AuditActor} kind: ADMIN, CUSTOMER or SYSTEM */
    String getActorKind();
    Long getAdminUserId();
    String getActorName();
    String getIpAddress();
    /** code of a {@link io.custmgr.audit.type.CustomerAuditAction} */
    String getAction();
    /** property path of the changed field, or null */
    String getField();
    String getOldValue();
    String getNewValue();
    String getDetail();
}
