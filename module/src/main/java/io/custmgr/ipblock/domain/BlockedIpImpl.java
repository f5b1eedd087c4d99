package io.custmgr.ipblock.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.service.AuditActors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@AdminAudited(section = "Blocked IPs")
@Table(name = BlockedIpImpl.TABLE)
@AdminPresentationClass(friendlyName = "BlockedIp")
public class BlockedIpImpl implements BlockedIp, AdminMainEntity {

    private static final long serialVersionUID = 1L;
    private static final Log LOG = LogFactory.getLog(BlockedIpImpl.class);

    public static final String TABLE = "CM_BLOCKED_IP";

    @Id
    @GeneratedValue(generator = "BlockedIpId")
    @GenericGenerator(name = "BlockedIpId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "BlockedIpImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.ipblock.domain.BlockedIpImpl")})
    @Column(name = "BLOCKED_IP_ID")
    @AdminPresentation(friendlyName = "BlockedIp_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "ADDRESS", length = ADDRESS_LENGTH, nullable = false)
    @AdminPresentation(friendlyName = "BlockedIp_Address", order = 100, prominent = true, gridOrder = 100,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "BlockedIp_Address_Help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "cmBlockedIpAddressValidator"))
    protected String address;

    /** First address of the range as 32 hex digits (IPv4 mapped into ::ffff:0:0/96): see IpRange. */
    @Column(name = "FIRST_KEY", length = 32, nullable = false)
    @AdminPresentation(excluded = true)
    protected String firstKey;

    @Column(name = "LAST_KEY", length = 32, nullable = false)
    @AdminPresentation(excluded = true)
    protected String lastKey;

    @Column(name = "REASON", length = REASON_LENGTH)
    @AdminPresentation(friendlyName = "BlockedIp_Reason", order = 200, prominent = true, gridOrder = 200,
            largeEntry = true)
    protected String reason;

    @Column(name = "DATE_CREATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "BlockedIp_DateCreated", order = 300, prominent = true, gridOrder = 300,
            readOnly = true, fieldType = SupportedFieldType.DATE,
            requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected Date dateCreated;

    @Column(name = "CREATED_BY", length = CREATED_BY_LENGTH, nullable = false)
    @AdminPresentation(friendlyName = "BlockedIp_CreatedBy", order = 400, prominent = true, gridOrder = 400,
            readOnly = true, requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected String createdBy;

    @PrePersist
    protected void stampAndNormalize() {
        // the admin sets fields directly and never these read-only ones, so they are filled here
        dateCreated = new Date();
        createdBy = cut(AuditActors.currentName(), CREATED_BY_LENGTH);
        normalize();
    }

    @PreUpdate
    protected void normalize() {
        IpRange range = IpRange.parse(address);
        address = range.toString();
        firstKey = range.getFirstKey();
        lastKey = range.getLastKey();
    }

    @PostPersist
    @PostUpdate
    protected void announceChange() {
        BlockedIpChanges.changed();
    }

    @PostRemove
    protected void logRemoval() {
        BlockedIpChanges.changed();
        LOG.info("IP block " + address + " (id " + id + ", created " + dateCreated + " by " + createdBy
                + ") removed by " + AuditActors.currentName());
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    @Override public Long getId() { return id; }
    @Override public String getAddress() { return address; }
    @Override public void setAddress(String address) { this.address = address; }
    @Override public String getFirstKey() { return firstKey; }
    @Override public String getLastKey() { return lastKey; }
    @Override public String getReason() { return reason; }
    @Override public void setReason(String reason) { this.reason = reason; }
    @Override public Date getDateCreated() { return dateCreated; }
    @Override public String getCreatedBy() { return createdBy; }

    @Override
    public String getMainEntityName() {
        return address;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BlockedIp) || id == null) {
            return false;
        }
        return id.equals(((BlockedIp) other).getId());
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
