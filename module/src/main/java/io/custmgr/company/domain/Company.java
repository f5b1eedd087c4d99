package io.custmgr.company.domain;

import io.custmgr.company.type.CompanyStatus;

import java.io.Serializable;
import java.util.Date;

/**
 * A company account (CM_COMPANY): several customers buying under one account, with business units and roles. Its name
 * is unique ignoring case among companies not rejected.
 */
public interface Company extends Serializable {

    int NAME_LENGTH = 255;
    int DETAIL_LENGTH = 255;
    int NOTE_LENGTH = 2000;
    int TAX_NUMBER_LENGTH = 64;

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    CompanyStatus getStatus();

    void setStatus(CompanyStatus status);

    /** @return the registered legal name, or null */
    String getLegalName();

    void setLegalName(String legalName);

    /** @return the tax or VAT number, or null */
    String getTaxNumber();

    void setTaxNumber(String taxNumber);

    /** @return the merchant's credit or purchase note, or null */
    String getPurchaseNote();

    void setPurchaseNote(String purchaseNote);

    /** @return what the requester wrote with a storefront request, or null */
    String getRequestMessage();

    void setRequestMessage(String requestMessage);

    /** @return the customer who asked for the account on the storefront, or null when the merchant created it */
    Long getRequestedBy();

    void setRequestedBy(Long customerId);

    Date getCreatedDate();

    void setCreatedDate(Date createdDate);

    /** @return the admin user who created it, or null for a storefront request */
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** @return when it was approved or rejected, or null */
    Date getDecidedDate();

    void setDecidedDate(Date decidedDate);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    /** @return the reason given with a rejection or suspension, or null */
    String getDecisionReason();

    void setDecisionReason(String decisionReason);
}
