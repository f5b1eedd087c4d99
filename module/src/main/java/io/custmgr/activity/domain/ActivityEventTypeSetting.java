package io.custmgr.activity.domain;

import java.io.Serializable;

/**
 * Whether one kind of activity is logged (table {@code CM_ACTIVITY_EVENT_TYPE}); one row per
 * {@link io.custmgr.activity.type.ActivityEventType}, created at start-up, switched in the admin.
 */
public interface ActivityEventTypeSetting extends Serializable {

    Long getId();

    void setId(Long id);

    String getTypeCode();

    void setTypeCode(String typeCode);

    String getName();

    void setName(String name);

    boolean isEnabled();

    void setEnabled(boolean enabled);
}
