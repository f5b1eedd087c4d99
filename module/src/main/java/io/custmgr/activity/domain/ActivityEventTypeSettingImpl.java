package io.custmgr.activity.domain;

import io.custmgr.audit.domain.AdminAudited;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

@Entity
@AdminAudited(section = "Activity Event Types")
@Table(name = ActivityEventTypeSettingImpl.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "CM_ACTIVITY_TYPE_CODE_UK", columnNames = "TYPE_CODE"))
@AdminPresentationClass(friendlyName = "ActivityEventTypeSetting")
public class ActivityEventTypeSettingImpl implements ActivityEventTypeSetting {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_ACTIVITY_EVENT_TYPE";

    @Id
    @GeneratedValue(generator = "ActivityEventTypeId")
    @GenericGenerator(name = "ActivityEventTypeId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ActivityEventTypeSettingImpl"),
                    @Parameter(name = "entity_name",
                            value = "io.custmgr.activity.domain.ActivityEventTypeSettingImpl")})
    @Column(name = "ACTIVITY_EVENT_TYPE_ID")
    @AdminPresentation(friendlyName = "ActivityEventTypeSetting_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "TYPE_CODE", length = 32, nullable = false)
    @AdminPresentation(friendlyName = "ActivityEventTypeSetting_TypeCode", order = 200, prominent = true,
            gridOrder = 200, readOnly = true)
    protected String typeCode;

    @Column(name = "NAME", length = 100, nullable = false)
    @AdminPresentation(friendlyName = "ActivityEventTypeSetting_Name", order = 100, prominent = true,
            gridOrder = 100, requiredOverride = org.broadleafcommerce.common.presentation.RequiredOverride.REQUIRED,
            readOnly = true)
    protected String name;

    @Column(name = "IS_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ActivityEventTypeSetting_Enabled", order = 300, prominent = true,
            gridOrder = 300)
    protected Boolean enabled = Boolean.TRUE;

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getTypeCode() { return typeCode; }
    @Override public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public boolean isEnabled() { return enabled == null || enabled; }
    @Override public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
