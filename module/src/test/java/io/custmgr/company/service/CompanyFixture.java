package io.custmgr.company.service;

import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.test.CommittedCustomers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Committed companies for the company tests: each test's names carry its own token, and {@link #deleteAll()} removes
 * the companies it made with their orders, units and roles (after {@link CommittedCustomers#deleteAll()} removed the
 * members).
 */
final class CompanyFixture {

    final String token = UUID.randomUUID().toString().substring(0, 8);
    private final CompanyService companies;
    private final CommittedCustomers customers;
    private final List<Long> made = new ArrayList<Long>();

    CompanyFixture(CompanyService companies, CommittedCustomers customers) {
        this.companies = companies;
        this.customers = customers;
    }

    <T extends Company> T track(T company) {
        made.add(company.getId());
        return company;
    }

    /** @return an active company the merchant made, named after {@code name} and the token */
    Company company(String name) {
        return track(companies.createCompany(new CompanyDraft(name + " " + token, null, null, null)));
    }

    long shopper(String name) {
        return customers.registered(email(name)).getId();
    }

    String email(String name) {
        return name + "-" + token + "@example.com";
    }

    long role(long companyId, String name) {
        for (CompanyRoleImpl role : companies.findRoles(companyId)) {
            if (role.getName().equals(name)) {
                return role.getId();
            }
        }
        throw new AssertionError("no role " + name);
    }

    void deleteAll() {
        customers.deleteAll();
        for (Long id : made) {
            customers.jdbc().update("DELETE FROM CM_COMPANY_ORDER WHERE COMPANY_ID = ?", id);
            customers.jdbc().update("DELETE FROM CM_COMPANY_ADDRESS WHERE COMPANY_ID = ?", id);
            customers.jdbc().update("DELETE FROM CM_COMPANY_MEMBER_UNIT WHERE UNIT_ID IN (SELECT UNIT_ID"
                    + " FROM CM_BUSINESS_UNIT WHERE COMPANY_ID = ?)", id);
            customers.jdbc().update("DELETE FROM CM_BUSINESS_UNIT WHERE COMPANY_ID = ?", id);
            customers.jdbc().update("DELETE FROM CM_COMPANY_ROLE WHERE COMPANY_ID = ?", id);
            customers.jdbc().update("DELETE FROM CM_COMPANY WHERE COMPANY_ID = ?", id);
        }
    }
}
