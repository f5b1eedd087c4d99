package io.custmgr.activity.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * One entry of a customer's activity log (table {@code CM_ACTIVITY_EVENT}). Written by the activity recorder's JDBC
 * writer, read through JPA; never edited.
 */
public interface ActivityEvent extends Serializable {

    Long getId();

    void setId(Long id);

    Long getCustomerId();

    void setCustomerId(Long customerId);

    /** Code of an {@link io.custmgr.activity.type.ActivityEventType}. */
    String getEventType();

    void setEventType(String eventType);

    Date getEventTime();

    void setEventTime(Date eventTime);

    String getIpAddress();

    void setIpAddress(String ipAddress);

    /** What happened, for people (e.g. the order number); may hold text a shopper typed. */
    String getDetail();

    void setDetail(String detail);

    /** Id of the record the event is about (order, address), when there is one. */
    Long getReferenceId();

    void setReferenceId(Long referenceId);

    /** The login of the admin user who was signed in as the customer when it happened, or null. */
    String getAssistedBy();

    void setAssistedBy(String assistedBy);
}
