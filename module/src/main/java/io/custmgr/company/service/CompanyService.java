package io.custmgr.company.service;

import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;

import java.util.List;

/**
 * Company accounts (bean {@code cmCompanyService}): requested by a signed-in shopper or created by the merchant,
 * approved or rejected, with business units and roles; members are {@link CompanyMemberService}'s. Every method runs in
 * a transaction of {@code blTransactionManager}; a refusal throws {@link InvalidCompanyException} and changes nothing.
 */
public interface CompanyService {

    /** Name of the role an approved company's requester gets: every permission. */
    String ADMINISTRATOR = "Administrator";
    /** Name of the default role: places orders, sees its own. */
    String BUYER = "Buyer";
    /** Name of the role that sees its units' orders. */
    String APPROVER = "Approver";

    /** A registered customer asks for a company account: a PENDING company whose requester it is. */
    Company requestCompany(long customerId, CompanyDraft draft);

    /** The merchant creates an ACTIVE company, with its root unit and the standard roles. */
    Company createCompany(CompanyDraft draft);

    /**
     * Approves a PENDING request: the company becomes ACTIVE with its root unit and the standard roles, and the
     * requester its administrator (in the root unit).
     */
    Company approve(long companyId);

    /** Turns down a PENDING request with a reason; its name is free again. */
    Company reject(long companyId, String reason);

    /** @return the company, or null */
    Company findCompany(long companyId);

    /** @return the customer's newest storefront request (pending, approved or rejected), or null */
    Company findLatestRequest(long customerId);

    /** @return a page of the requests waiting for approval with their requesters, oldest first */
    List<CompanyRequestView> findPendingRequestViews(int first, int max);

    /** @return how many requests wait for approval (the admin's bell) */
    long countPendingRequests();

    /** @return the company's units, roots first, then by name */
    List<BusinessUnitImpl> findUnits(long companyId);

    /** Adds a unit under {@code parentUnitId} (a unit of the same company). */
    BusinessUnitImpl addUnit(long companyId, long parentUnitId, String name);

    /** @return the company's roles by name */
    List<CompanyRoleImpl> findRoles(long companyId);

}
