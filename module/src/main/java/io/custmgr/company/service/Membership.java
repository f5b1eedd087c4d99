package io.custmgr.company.service;

import io.custmgr.company.domain.Company;
import io.custmgr.company.type.CompanyPermission;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A customer's place in a company: the company, its units and roles, and what the roles allow together. */
public final class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final Company company;
    private final List<Long> unitIds;
    private final List<Long> roleIds;
    private final Set<CompanyPermission> permissions;

    public Membership(long customerId, Company company, List<Long> unitIds, List<Long> roleIds,
            Set<CompanyPermission> permissions) {
        this.customerId = customerId;
        this.company = company;
        this.unitIds = Collections.unmodifiableList(unitIds);
        this.roleIds = Collections.unmodifiableList(roleIds);
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public long getCustomerId() { return customerId; }
    public Company getCompany() { return company; }
    public List<Long> getUnitIds() { return unitIds; }
    public List<Long> getRoleIds() { return roleIds; }

    /** @return what the member's roles allow while the company is active; nothing otherwise */
    public Set<CompanyPermission> getPermissions() { return permissions; }

    public boolean may(CompanyPermission permission) {
        return permissions.contains(permission);
    }
}
