package io.custmgr.company.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;
import io.custmgr.company.type.CompanyStatus;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

@Entity
@AdminAudited(section = CompanyImpl.SECTION)
@Table(name = CompanyImpl.TABLE) // unique index on NAME_KEY: see the changelog and CompanySchema
public class CompanyImpl implements Company {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_COMPANY";
    /** The admin audit trail's section for changes made by admin users. */
    public static final String SECTION = "Companies";

    @Id
    @GeneratedValue(generator = "CompanyId")
    @GenericGenerator(name = "CompanyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CompanyImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.company.domain.CompanyImpl")})
    @Column(name = "COMPANY_ID")
    protected Long id;

    @Column(name = "NAME", length = NAME_LENGTH, nullable = false)
    protected String name;

    /** The name trimmed and lower case while the company is not rejected (null then): what the unique index holds. */
    @Column(name = "NAME_KEY", length = NAME_LENGTH)
    protected String nameKey;

    @Column(name = "STATUS", length = 16, nullable = false)
    protected String status;

    @Column(name = "LEGAL_NAME", length = DETAIL_LENGTH)
    protected String legalName;

    @Column(name = "TAX_NUMBER", length = 64)
    protected String taxNumber;

    @Column(name = "PURCHASE_NOTE", length = NOTE_LENGTH)
    protected String purchaseNote;

    @Column(name = "REQUEST_MESSAGE", length = NOTE_LENGTH)
    protected String requestMessage;

    @Column(name = "REQUESTED_BY")
    protected Long requestedBy;

    @Column(name = "CREATED_DATE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdDate;

    @Column(name = "CREATED_BY", length = 255)
    protected String createdBy;

    @Column(name = "DECIDED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date decidedDate;

    @Column(name = "DECIDED_BY", length = 255)
    protected String decidedBy;

    @Column(name = "DECISION_REASON", length = NOTE_LENGTH)
    protected String decisionReason;

    /** @return the key of the company's audit trail: its own records and those of its members, units and roles */
    public static String auditKey(Long companyId) {
        return AdminAuditedPart.ownerKey(CompanyImpl.class, companyId);
    }

    /** @return the unique key of a name: trimmed, lower case; null for null */
    public static String key(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    protected void keyName() {
        name = name == null ? null : name.trim();
        nameKey = CompanyStatus.REJECTED.getType().equals(status) ? null : key(name);
    }

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public CompanyStatus getStatus() { return CompanyStatus.getInstance(status); }
    @Override public void setStatus(CompanyStatus status) { this.status = status == null ? null : status.getType(); }
    @Override public String getLegalName() { return legalName; }
    @Override public void setLegalName(String legalName) { this.legalName = legalName; }
    @Override public String getTaxNumber() { return taxNumber; }
    @Override public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber; }
    @Override public String getPurchaseNote() { return purchaseNote; }
    @Override public void setPurchaseNote(String purchaseNote) { this.purchaseNote = purchaseNote; }
    @Override public String getRequestMessage() { return requestMessage; }
    @Override public void setRequestMessage(String requestMessage) { this.requestMessage = requestMessage; }
    @Override public Long getRequestedBy() { return requestedBy; }
    @Override public void setRequestedBy(Long customerId) { this.requestedBy = customerId; }
    @Override public Date getCreatedDate() { return createdDate; }
    @Override public void setCreatedDate(Date createdDate) { this.createdDate = createdDate; }
    @Override public String getCreatedBy() { return createdBy; }
    @Override public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    @Override public Date getDecidedDate() { return decidedDate; }
    @Override public void setDecidedDate(Date decidedDate) { this.decidedDate = decidedDate; }
    @Override public String getDecidedBy() { return decidedBy; }
    @Override public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    @Override public String getDecisionReason() { return decisionReason; }
    @Override public void setDecisionReason(String decisionReason) { this.decisionReason = decisionReason; }
}
