package io.custmgr.company.domain;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An address of a company (CM_COMPANY_ADDRESS), the company's own or one of its business units': what checkout offers
 * the members, for shipping, billing or both. Copied into the order when used, as any address is.
 */
@Entity
@AdminAudited(section = CompanyImpl.SECTION)
@Table(name = CompanyAddressImpl.TABLE)
public class CompanyAddressImpl implements CompanyAddress, AdminAuditedPart {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "CM_COMPANY_ADDRESS";

    @Id
    @GeneratedValue(generator = "CompanyAddressId")
    @GenericGenerator(name = "CompanyAddressId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CompanyAddressImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.company.domain.CompanyAddressImpl")})
    @Column(name = "COMPANY_ADDRESS_ID")
    protected Long id;

    @Column(name = "COMPANY_ID", nullable = false)
    @Index(name = "CM_CADDRESS_COMPANY_IDX", columnNames = "COMPANY_ID")
    protected Long companyId;

    /** The unit whose address it is; null for the company's own. */
    @Column(name = "UNIT_ID")
    protected Long unitId;

    @Column(name = "NAME", length = LINE_LENGTH, nullable = false)
    protected String name;

    @Column(name = "KIND", length = 16, nullable = false)
    protected String kind;

    @Column(name = "ADDRESS_LINE1", length = LINE_LENGTH, nullable = false)
    protected String addressLine1;

    @Column(name = "POSTAL_CODE", length = SHORT_LENGTH, nullable = false)
    protected String postalCode;

    @Column(name = "CITY", length = LINE_LENGTH, nullable = false)
    protected String city;

    @Column(name = "COUNTRY", length = 2, nullable = false)
    protected String country;

    @Column(name = "PHONE", length = SHORT_LENGTH)
    protected String phone;

    @Override public Long getId() { return id; }
    @Override public Long getCompanyId() { return companyId; }
    @Override public void setCompanyId(Long companyId) { this.companyId = companyId; }
    @Override public Long getUnitId() { return unitId; }
    @Override public void setUnitId(Long unitId) { this.unitId = unitId; }
    @Override public String getName() { return name; }
    @Override public void setName(String name) { this.name = name; }
    @Override public String getKind() { return kind; }
    @Override public void setKind(String kind) { this.kind = kind; }
    @Override public String getAddressLine1() { return addressLine1; }
    @Override public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    @Override public String getPostalCode() { return postalCode; }
    @Override public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    @Override public String getCity() { return city; }
    @Override public void setCity(String city) { this.city = city; }
    @Override public String getCountry() { return country; }
    @Override public void setCountry(String country) { this.country = country; }
    @Override public String getPhone() { return phone; }
    @Override public void setPhone(String phone) { this.phone = phone; }

    @Override
    public boolean isForShipping() {
        return !BILLING.equals(kind);
    }

    @Override
    public String getAuditOwner() {
        return CompanyImpl.auditKey(companyId);
    }
}
