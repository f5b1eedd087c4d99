package io.custmgr.disposable.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.service.AuditActors;
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
@AdminAudited(section = "Disposable E-mail Domains")
@Table(name = DisposableDomainImpl.TABLE) // unique index on DOMAIN: see DisposableDomainSchema
@AdminPresentationClass(friendlyName = "DisposableDomain")
public class DisposableDomainImpl implements DisposableDomain, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_DISPOSABLE_DOMAIN";
    public static final String ID_SEGMENT = "DisposableDomainImpl";
    public static final int ID_INCREMENT = 50;

    @Id
    @GeneratedValue(generator = "DisposableDomainId")
    @GenericGenerator(name = "DisposableDomainId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = ID_SEGMENT),
                    @Parameter(name = "increment_size", value = "" + ID_INCREMENT),
                    @Parameter(name = "entity_name", value = "io.custmgr.disposable.domain.DisposableDomainImpl")})
    @Column(name = "DISPOSABLE_DOMAIN_ID")
    @AdminPresentation(friendlyName = "DisposableDomain_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "DOMAIN", length = DOMAIN_LENGTH, nullable = false)
    @AdminPresentation(friendlyName = "DisposableDomain_Domain", order = 100, prominent = true, gridOrder = 100,
            requiredOverride = RequiredOverride.REQUIRED, helpText = "DisposableDomain_Domain_Help",
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "cmDisposableDomainValidator"))
    protected String domain;

    @Column(name = "SOURCE", length = 20, nullable = false)
    @AdminPresentation(friendlyName = "DisposableDomain_Source", order = 200, prominent = true, gridOrder = 200,
            readOnly = true, requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected String source;

    @Column(name = "DATE_ADDED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "DisposableDomain_DateAdded", order = 300, prominent = true, gridOrder = 300,
            readOnly = true, fieldType = SupportedFieldType.DATE,
            requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected Date dateAdded;

    @Column(name = "ADDED_BY", length = 100, nullable = false)
    @AdminPresentation(friendlyName = "DisposableDomain_AddedBy", order = 400, prominent = true, gridOrder = 400,
            readOnly = true, requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected String addedBy;

    @PrePersist
    protected void stamp() {
        // the admin never sets these read-only fields
        dateAdded = new Date();
        addedBy = AuditActors.currentName();
        if (source == null) {
            source = SOURCE_MERCHANT;
        }
        normalize();
    }

    @PreUpdate
    protected void normalize() {
        domain = DisposableDomainNames.normalize(domain);
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    protected void announceChange() {
        DisposableDomainChanges.changed();
    }

    @Override public Long getId() { return id; }
    @Override public String getDomain() { return domain; }
    @Override public void setDomain(String domain) { this.domain = DisposableDomainNames.normalize(domain); }
    @Override public String getSource() { return source; }
    @Override public void setSource(String source) { this.source = source; }
    @Override public Date getDateAdded() { return dateAdded; }
    @Override public String getAddedBy() { return addedBy; }

    @Override
    public String getMainEntityName() {
        return domain;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DisposableDomain) || id == null) {
            return false;
        }
        return id.equals(((DisposableDomain) other).getId());
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
