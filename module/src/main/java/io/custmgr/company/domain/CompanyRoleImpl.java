package io.custmgr.company.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;
import io.custmgr.company.type.CompanyPermission;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A role of a company (CM_COMPANY_ROLE) with its permissions; default roles are pre-checked when a customer is
 * attached.
 */
@Entity
@AdminAudited(section = CompanyImpl.SECTION)
@Table(name = CompanyRoleImpl.TABLE)
public class CompanyRoleImpl implements Serializable, AdminAuditedPart {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_COMPANY_ROLE";

    @Id
    @GeneratedValue(generator = "CompanyRoleId")
    @GenericGenerator(name = "CompanyRoleId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CompanyRoleImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.company.domain.CompanyRoleImpl")})
    @Column(name = "ROLE_ID")
    protected Long id;

    @Column(name = "COMPANY_ID", nullable = false)
    @Index(name = "CM_CROLE_COMPANY_IDX", columnNames = "COMPANY_ID")
    protected Long companyId;

    @Column(name = "NAME", length = 100, nullable = false)
    protected String name;

    /** Comma-separated {@link CompanyPermission} names. */
    @Column(name = "PERMISSIONS", length = 255, nullable = false)
    protected String permissions;

    @Column(name = "IS_DEFAULT", nullable = false)
    protected Boolean defaultRole = Boolean.FALSE;

    public Long getId() { return id; }
    public Long getCompanyId() { return companyId; }
    public void setCompanyId(Long companyId) { this.companyId = companyId; }

    @Override
    public String getAuditOwner() {
        return CompanyImpl.auditKey(companyId);
    }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Set<CompanyPermission> getPermissions() { return CompanyPermission.parse(permissions); }
    public void setPermissions(Set<CompanyPermission> permissions) {
        this.permissions = CompanyPermission.format(permissions);
    }
    public boolean isDefaultRole() { return Boolean.TRUE.equals(defaultRole); }
    public void setDefaultRole(boolean defaultRole) { this.defaultRole = defaultRole; }
}
