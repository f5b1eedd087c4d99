package io.custmgr.company.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A customer's membership of a company (CM_COMPANY_MEMBER), keyed by the customer: a customer belongs to at most one
 * company, to one or more of its units (CM_COMPANY_MEMBER_UNIT) and holds roles (CM_COMPANY_MEMBER_ROLE).
 */
@Entity
@AdminAudited(section = CompanyImpl.SECTION)
@Table(name = CompanyMemberImpl.TABLE)
public class CompanyMemberImpl implements Serializable, AdminAuditedPart {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_COMPANY_MEMBER";
    public static final String UNIT_TABLE = "CM_COMPANY_MEMBER_UNIT";
    public static final String ROLE_TABLE = "CM_COMPANY_MEMBER_ROLE";

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "COMPANY_ID", nullable = false)
    @Index(name = "CM_CMEMBER_COMPANY_IDX", columnNames = "COMPANY_ID")
    protected Long companyId;

    @Column(name = "JOINED_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date joinedDate;

    @Column(name = "ADDED_BY", length = 255)
    protected String addedBy;

    @ElementCollection
    @CollectionTable(name = UNIT_TABLE, joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "UNIT_ID", nullable = false)
    protected Set<Long> unitIds = new HashSet<Long>();

    @ElementCollection
    @CollectionTable(name = ROLE_TABLE, joinColumns = @JoinColumn(name = "CUSTOMER_ID"))
    @Column(name = "ROLE_ID", nullable = false)
    protected Set<Long> roleIds = new HashSet<Long>();

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getCompanyId() { return companyId; }
    public void setCompanyId(Long companyId) { this.companyId = companyId; }

    @Override
    public String getAuditOwner() {
        return CompanyImpl.auditKey(companyId);
    }
    public Date getJoinedDate() { return joinedDate; }
    public void setJoinedDate(Date joinedDate) { this.joinedDate = joinedDate; }
    public String getAddedBy() { return addedBy; }
    public void setAddedBy(String addedBy) { this.addedBy = addedBy; }
    public Set<Long> getUnitIds() { return unitIds; }
    public Set<Long> getRoleIds() { return roleIds; }
}
