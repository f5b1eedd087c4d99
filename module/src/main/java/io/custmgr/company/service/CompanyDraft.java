package io.custmgr.company.service;

import java.io.Serializable;

/** What a company request or the merchant's new company says about the company. */
public class CompanyDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String legalName;
    private String taxNumber;
    private String message;

    public CompanyDraft() {
    }

    public CompanyDraft(String name, String legalName, String taxNumber, String message) {
        this.name = name;
        this.legalName = legalName;
        this.taxNumber = taxNumber;
        this.message = message;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getTaxNumber() { return taxNumber; }
    public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber; }
    /** @return the requester's message (storefront) or the purchase note (merchant) */
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
