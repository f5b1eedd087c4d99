package io.custmgr.admin.company;

import io.custmgr.admin.common.CustomerFormExtension;
import io.custmgr.admin.common.ReadOnlyListGrid;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.Membership;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A "Company" tab on the customer form for admin users with "View Companies": the company the customer belongs to,
 * its status, the customer's units and roles. The row opens the company; "Attach to a company…" (or "Change units
 * and roles…") opens the attach page for admin users with "Manage Companies", where detaching is too.
 */
@Component("cmCompanyTab")
public class CompanyTab extends CustomerFormExtension {

    public static final String GRID_KEY = "cmCompany";
    public static final String TAB_TITLE = "Company_Tab";
    public static final int TAB_ORDER = 9600;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "cmCompanyService")
    protected CompanyService companies;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Override
    protected boolean applies(Entity entity) {
        return permissions.holds(AdminPermissions.VIEW_COMPANIES);
    }

    @Override
    protected void extend(EntityForm form, Entity entity, Long customerId) {
        Membership membership = members.findMembership(customerId);
        ReadOnlyListGrid grid = new ReadOnlyListGrid(GRID_KEY, "Company_Title", "/customer", form.getId())
                .column("company", "Company_Name", "25%")
                .column("status", "Company_Status")
                .column("units", "Company_Units")
                .column("roles", "Company_Roles");
        if (membership != null) {
            long companyId = membership.getCompany().getId();
            grid.linkRowsTo("/companies").row(String.valueOf(companyId), values(membership));
        }
        if (permissions.holds(AdminPermissions.MANAGE_COMPANIES)) {
            grid.link("cmCompanyAttach", membership == null ? "Company_Attach" : "Company_Change",
                    "/companies/attach?customer=" + customerId);
        }
        form.addListGrid(grid.build(), TAB_TITLE, TAB_ORDER);
    }

    private Map<String, String> values(Membership membership) {
        long companyId = membership.getCompany().getId();
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("company", membership.getCompany().getName());
        values.put("status", membership.getCompany().getStatus().getFriendlyType());
        StringBuilder units = new StringBuilder();
        for (BusinessUnitImpl unit : companies.findUnits(companyId)) {
            if (membership.getUnitIds().contains(unit.getId())) {
                units.append(units.length() == 0 ? "" : ", ").append(unit.getName());
            }
        }
        StringBuilder roles = new StringBuilder();
        for (CompanyRoleImpl role : companies.findRoles(companyId)) {
            if (membership.getRoleIds().contains(role.getId())) {
                roles.append(roles.length() == 0 ? "" : ", ").append(role.getName());
            }
        }
        values.put("units", units.toString());
        values.put("roles", roles.toString());
        return values;
    }
}
