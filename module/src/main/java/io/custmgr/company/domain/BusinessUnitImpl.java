package io.custmgr.company.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** A business unit of a company (CM_BUSINESS_UNIT), in a tree: the root unit has no parent. */
@Entity
@AdminAudited(section = CompanyImpl.SECTION)
@Table(name = BusinessUnitImpl.TABLE)
public class BusinessUnitImpl implements Serializable, AdminAuditedPart {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_BUSINESS_UNIT";

    @Id
    @GeneratedValue(generator = "BusinessUnitId")
    @GenericGenerator(name = "BusinessUnitId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "BusinessUnitImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.company.domain.BusinessUnitImpl")})
    @Column(name = "UNIT_ID")
    protected Long id;

    @Column(name = "COMPANY_ID", nullable = false)
    @Index(name = "CM_BUNIT_COMPANY_IDX", columnNames = "COMPANY_ID")
    protected Long companyId;

    @Column(name = "PARENT_ID")
    protected Long parentId;

    @Column(name = "NAME", length = Company.NAME_LENGTH, nullable = false)
    protected String name;

    public Long getId() { return id; }
    public Long getCompanyId() { return companyId; }
    public void setCompanyId(Long companyId) { this.companyId = companyId; }

    @Override
    public String getAuditOwner() {
        return CompanyImpl.auditKey(companyId);
    }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
