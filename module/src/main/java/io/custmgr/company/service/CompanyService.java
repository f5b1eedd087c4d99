package io.custmgr.company.service;

import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;

import java.util.Collection;
import java.util.List;

/**
 * Company accounts (bean {@code cmCompanyService}): requested by a signed-in shopper or created by the merchant,
 * approved or rejected, with business units, roles and members. A customer belongs to at most one company. Every
 * method runs in a transaction of {@code blTransactionManager}; a refusal throws {@link InvalidCompanyException} and
 * changes nothing. Membership changes are written to the customer's audit trail.
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

    /** @return the requests waiting for approval, oldest first */
    List<Company> findPendingRequests();

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

    /**
     * Makes the customer a member of the ACTIVE company, or changes its units and roles there.
     *
     * @param unitIds units of the company; empty for its root unit
     * @param roleIds roles of the company; null for its default roles
     */
    void attach(long companyId, long customerId, Collection<Long> unitIds, Collection<Long> roleIds);

    /** @return false when the customer was in no company */
    boolean detach(long customerId);

    /** Purpose of the mailed invitation links ({@code cmMailedLinks}). */
    String INVITATION = "COMPANY_INVITATION";

    /**
     * A member allowed to manage members invites the registered customer with this e-mail address (found as sign-in
     * finds it, ignoring case): a signed link valid {@code custmgr.company.invitationHours}, mailed to that customer
     * only, who joins with the default roles when following it signed in.
     *
     * @param joinUrl the storefront page that takes the link up; the token is appended
     * @throws InvalidCompanyException NOT_ALLOWED, EMAIL_REQUIRED, NO_SUCH_ACCOUNT, ALREADY_MEMBER, OTHER_COMPANY
     */
    void invite(long inviterId, String email, String joinUrl);

    /**
     * Takes up an invitation: the signed-in customer it was mailed to joins the company with its default roles, in its
     * root unit. Refused (nothing changed, the link stays open) when the company is not active or the customer has
     * joined another company meanwhile.
     *
     * @throws io.custmgr.common.mailedlink.service.MailedLinkRefusedException unknown, changed, expired, used, someone
     *         else's link, or the company's refusal (its message key as code)
     */
    Membership acceptInvitation(String token, long signedInCustomerId);

    /** @return the company's members with their roles, by name; two statements */
    List<MemberView> findMembers(long companyId);

    /**
     * A member allowed to manage members removes another member (or itself) from their company; the last member
     * allowed to manage members cannot be removed.
     *
     * @throws InvalidCompanyException NOT_ALLOWED, NOT_A_MEMBER, LAST_ADMINISTRATOR
     */
    void removeMember(long administratorId, long memberId);

    /** @return the customer's membership, or null; permissions only while the company is ACTIVE */
    Membership findMembership(long customerId);
}
