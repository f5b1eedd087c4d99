package io.custmgr.company.dao;

import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyMemberImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyRequestView;
import io.custmgr.company.service.CompanySummary;
import io.custmgr.company.service.MemberView;
import io.custmgr.company.type.CompanyStatus;

import java.util.List;

/** Companies, their units, roles and members. Callers hold the transaction. */
public interface CompanyDao {

    Company create();

    Company save(Company company);

    /** @return the company, or null */
    Company readCompany(long companyId);

    long countByStatus(CompanyStatus status);

    /** @return the pending requests with their requesters, oldest first, one statement */
    List<CompanyRequestView> readPendingRequests(int first, int max);

    /** @return a page of companies by name with their member, unit and order counts; one statement */
    List<CompanySummary> readSummaries(CompanyStatus status, String name, int first, int max);

    long countSummaries(CompanyStatus status, String name);

    /** @return whether a company not rejected has this name, ignoring case and surrounding spaces */
    boolean isNameTaken(String name);

    long countPendingRequestsBy(long customerId);

    /** @return the customer's newest storefront request, whatever its status, or null */
    Company readLatestRequestBy(long customerId);

    /** @return whether the customer exists and is registered (not a guest), not erased, not merged away */
    boolean isRegisteredCustomer(long customerId);

    /** @return the customer's e-mail address and first name, or null when there is no such customer */
    String[] readContact(long customerId);

    BusinessUnitImpl saveUnit(BusinessUnitImpl unit);

    /** @return the unit, or null */
    BusinessUnitImpl readUnit(long unitId);

    List<BusinessUnitImpl> readUnits(long companyId);

    CompanyRoleImpl saveRole(CompanyRoleImpl role);

    List<CompanyRoleImpl> readRoles(long companyId);

    /** @return the company's members by name then e-mail, with their roles (names and ids) and units; three statements */
    List<MemberView> readMembers(long companyId);

    /** @return the members of the company holding a role with this permission */
    long countMembersWithPermission(long companyId, String permission);

    /** @return the customer's membership row, or null */
    CompanyMemberImpl readMember(long customerId);

    CompanyMemberImpl saveMember(CompanyMemberImpl member);

    void deleteMember(CompanyMemberImpl member);
}
