package io.custmgr.company.service;

import java.util.Collection;
import java.util.List;

/**
 * Members of company accounts (bean {@code cmCompanyMemberService}): a customer belongs to at most one company, to one
 * or more of its business units, with roles. Every method runs in a transaction of {@code blTransactionManager}; a
 * refusal throws {@link InvalidCompanyException} and changes nothing. Membership changes are written to the customer's
 * audit trail.
 */
public interface CompanyMemberService {

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

    /** @return the company's members with their roles and units, by name; three statements */
    List<MemberView> findMembers(long companyId);

    /**
     * A member allowed to manage members removes another member (or itself) from their company; the last member
     * allowed to manage members cannot be removed.
     *
     * @throws InvalidCompanyException NOT_ALLOWED, NOT_A_MEMBER, LAST_ADMINISTRATOR
     */
    void removeMember(long administratorId, long memberId);

    /**
     * A member allowed to manage members changes another member's (or its own) units and roles in their company; the
     * last member allowed to manage members keeps a role that allows it.
     *
     * @param unitIds units of the company; empty for its root unit
     * @param roleIds roles of the company, at least one
     * @throws InvalidCompanyException NOT_ALLOWED, NOT_A_MEMBER, LAST_ADMINISTRATOR; per field ROLE_REQUIRED,
     *         UNKNOWN_UNIT, UNKNOWN_ROLE
     */
    void changeMember(long administratorId, long memberId, Collection<Long> unitIds, Collection<Long> roleIds);

    /** @return the customer's membership, or null; permissions only while the company is ACTIVE */
    Membership findMembership(long customerId);
}
