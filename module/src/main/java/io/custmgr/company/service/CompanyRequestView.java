package io.custmgr.company.service;

import java.io.Serializable;
import java.util.Date;

/** A storefront request waiting for approval, with its requester, as the admin's queue lists it. */
public final class CompanyRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long companyId;
    private final String name;
    private final String legalName;
    private final String taxNumber;
    private final String message;
    private final Date requested;
    private final Long requesterId;
    private final String requesterEmail;
    private final String requesterName;

    public CompanyRequestView(long companyId, String name, String legalName, String taxNumber, String message,
            Date requested, Long requesterId, String requesterEmail, String requesterName) {
        this.companyId = companyId;
        this.name = name;
        this.legalName = legalName;
        this.taxNumber = taxNumber;
        this.message = message;
        this.requested = requested;
        this.requesterId = requesterId;
        this.requesterEmail = requesterEmail;
        this.requesterName = requesterName;
    }

    public long getCompanyId() { return companyId; }
    public String getName() { return name; }
    public String getLegalName() { return legalName; }
    public String getTaxNumber() { return taxNumber; }
    public String getMessage() { return message; }
    public Date getRequested() { return requested; }
    public Long getRequesterId() { return requesterId; }
    public String getRequesterEmail() { return requesterEmail; }
    public String getRequesterName() { return requesterName; }
}
