package io.custmgr.company.domain;

import java.io.Serializable;

/**
 * An address of a company or of one of its business units (entity {@link CompanyAddressImpl}). Service signatures use
 * this interface so that the entity class is first loaded by the persistence unit, never earlier by a bean's
 * introspection.
 */
public interface CompanyAddress extends Serializable {

    String SHIPPING = "SHIPPING";
    String BILLING = "BILLING";
    String BOTH = "BOTH";
    int LINE_LENGTH = 255;
    int SHORT_LENGTH = 64;

    Long getId();
    Long getCompanyId();
    void setCompanyId(Long companyId);
    /** @return the unit whose address it is; null for the company's own */
    Long getUnitId();
    void setUnitId(Long unitId);
    String getName();
    void setName(String name);
    /** @return SHIPPING, BILLING or BOTH */
    String getKind();
    void setKind(String kind);
    String getAddressLine1();
    void setAddressLine1(String addressLine1);
    String getPostalCode();
    void setPostalCode(String postalCode);
    String getCity();
    void setCity(String city);
    /** @return the ISO 3166 two-letter code of a country Broadleaf knows */
    String getCountry();
    void setCountry(String country);
    String getPhone();
    void setPhone(String phone);

    /** @return whether checkout offers it as a shipping address */
    boolean isForShipping();
}
