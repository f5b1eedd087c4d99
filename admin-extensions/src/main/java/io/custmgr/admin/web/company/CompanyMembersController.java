package io.custmgr.admin.web.company;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyAdminService;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.InvalidCompanyException;
import io.custmgr.company.service.Membership;
import io.custmgr.company.type.CompanyStatus;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Attaching a customer to a company (from the customer form's Company tab): pick an active company, then its units
 * and roles — the company's default roles and its root unit pre-checked for a new member, the member's own for one
 * already in it — and detaching. Needs "Manage Companies" and the admin's CSRF token; refusals are shown at their
 * field and change nothing; every change is in the customer's and the company's audit trails.
 */
@Controller("cmCompanyMembersController")
@RequestMapping("/" + CompaniesController.SECTION_KEY)
public class CompanyMembersController extends AdminAbstractController {

    static final int MAX_CHOICES = 200;

    @Resource(name = "cmCompanyService")
    protected CompanyService companies;

    @Resource(name = "cmCompanyAdminService")
    protected CompanyAdminService companyAdmin;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(value = "/attach", method = RequestMethod.GET)
    public String attachForm(Model model, @RequestParam("customer") long customerId,
            @RequestParam(value = "company", required = false) Long companyId,
            @RequestParam(value = "q", required = false) String query) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            return "redirect:/customer";
        }
        Membership membership = members.findMembership(customerId);
        Long chosen = companyId != null ? companyId : membership == null ? null : membership.getCompany().getId();
        Set<Long> units = new HashSet<Long>();
        Set<Long> roles = new HashSet<Long>();
        if (membership != null && membership.getCompany().getId().equals(chosen)) {
            units.addAll(membership.getUnitIds());
            roles.addAll(membership.getRoleIds());
        } else if (chosen != null) {
            for (CompanyRoleImpl role : companies.findRoles(chosen)) {
                if (role.isDefaultRole()) {
                    roles.add(role.getId());
                }
            }
        }
        return form(model, customer, membership, chosen, query, units, roles);
    }

    @RequestMapping(value = "/attach", method = RequestMethod.POST)
    public String attach(Model model, HttpServletRequest request, @RequestParam("customer") long customerId,
            @RequestParam(value = "company", required = false) Long companyId,
            @RequestParam(value = "units", required = false) List<Long> unitIds,
            @RequestParam(value = "roles", required = false) List<Long> roleIds, RedirectAttributes redirect)
            throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null) {
            return "redirect:/customer";
        }
        List<Long> units = unitIds == null ? Collections.<Long>emptyList() : unitIds;
        List<Long> roles = roleIds == null ? Collections.<Long>emptyList() : roleIds;
        try {
            if (companyId == null) {
                throw InvalidCompanyException.of("company", InvalidCompanyException.NOT_ACTIVE);
            }
            if (roles.isEmpty()) {
                throw InvalidCompanyException.of("roles", InvalidCompanyException.ROLE_REQUIRED);
            }
            members.attach(companyId, customerId, units, roles);
            redirect.addFlashAttribute("saved", "Companies_Attached");
            return "redirect:/customer/" + customerId;
        } catch (InvalidCompanyException e) {
            model.addAttribute("errors", e.getErrors());
            return form(model, customer, members.findMembership(customerId), companyId, null,
                    new HashSet<Long>(units), new HashSet<Long>(roles));
        }
    }

    @RequestMapping(value = "/detach", method = RequestMethod.POST)
    public String detach(HttpServletRequest request, @RequestParam("customer") long customerId,
            @RequestParam(value = "back", required = false) Long backToCompany, RedirectAttributes redirect)
            throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        members.detach(customerId);
        redirect.addFlashAttribute("saved", "Companies_Detached");
        return backToCompany != null ? "redirect:/" + CompaniesController.SECTION_KEY + "/" + backToCompany
                + "?tab=members" : "redirect:/customer/" + customerId;
    }

    private String form(Model model, Customer customer, Membership membership, Long companyId, String query,
            Set<Long> units, Set<Long> roles) throws ServiceException {
        Company company = companyId == null ? null : companies.findCompany(companyId);
        if (company != null && CompanyStatus.ACTIVE.equals(company.getStatus())) {
            model.addAttribute("company", company);
            model.addAttribute("units", UnitTree.of(companies.findUnits(company.getId())));
            model.addAttribute("roles", companies.findRoles(company.getId()));
        }
        String name = query == null || query.length() > Company.NAME_LENGTH ? null : query.trim();
        model.addAttribute("choices", companyAdmin.findCompanies(CompanyStatus.ACTIVE, name, 0, MAX_CHOICES));
        model.addAttribute("choicesTotal", companyAdmin.countCompanies(CompanyStatus.ACTIVE, name));
        model.addAttribute("q", name == null ? "" : name);
        model.addAttribute("customer", customer);
        model.addAttribute("membership", membership);
        model.addAttribute("checkedUnits", new ArrayList<Long>(units));
        model.addAttribute("checkedRoles", new ArrayList<Long>(roles));
        csrf.addToken(model);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/companyAttach");
        return "modules/defaultContainer";
    }
}
