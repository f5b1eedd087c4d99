package io.custmgr.company.service;

import io.custmgr.company.domain.Company;
import io.custmgr.company.type.CompanyStatus;

import java.util.Collection;
import java.util.List;

/**
 * What the admin's Companies section does beyond requests and members (bean {@code cmCompanyAdminService}): the list,
 * the company's details and status, and all its orders. Every method runs in a transaction of
 * {@code blTransactionManager}; a refusal throws {@link InvalidCompanyException} and changes nothing. Changes made by
 * an admin user are in the company's audit trail (admin audit, section Companies).
 */
public interface CompanyAdminService {

    /**
     * @param status only companies with this status, or null for all
     * @param name a part of the name, ignoring case, or null
     * @return a page of companies by name, with their counts, in one statement
     */
    List<CompanySummary> findCompanies(CompanyStatus status, String name, int first, int max);

    long countCompanies(CompanyStatus status, String name);

    /**
     * Changes name, legal name, tax number and purchase note ({@link CompanyDraft#getMessage()}).
     *
     * @throws InvalidCompanyException per field: NAME_REQUIRED, NAME_TAKEN, TOO_LONG; NOT_FOUND
     */
    Company updateDetails(long companyId, CompanyDraft draft);

    /**
     * Suspends an active company (its members keep their membership but lose every company permission: no company
     * orders, no member management) or reactivates a suspended one.
     *
     * @throws InvalidCompanyException NOT_ACTIVE or NOT_SUSPENDED when the company is not in the state to leave
     */
    Company changeStatus(long companyId, boolean suspend);

    /**
     * Sets which of the company's roles a new member gets (storefront invitations, the admin's attach page
     * pre-checks them).
     *
     * @throws InvalidCompanyException roles: ROLE_REQUIRED (none), UNKNOWN_ROLE (another company's); NOT_FOUND
     */
    void setDefaultRoles(long companyId, Collection<Long> roleIds);

    /** @return a page of all the company's orders, newest first, with who placed them; one statement */
    List<CompanyOrderView> findOrders(long companyId, int first, int max);

    long countOrders(long companyId);
}
