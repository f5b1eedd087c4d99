package io.custmgr.admin.web.company;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyImpl;
import io.custmgr.company.service.CompanyAddressService;
import io.custmgr.company.service.CompanyAdminService;
import io.custmgr.company.service.CompanyDraft;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.InvalidCompanyException;
import io.custmgr.company.type.CompanyStatus;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Customer Care → Companies: the list (status and name filters, members, units and orders counted in one statement),
 * a new company, and each company's form with the tabs Details, Members, Business Units, Orders, Request and Audit.
 * Reading needs "View Companies"; every change "Manage Companies", the admin's CSRF token, and lands in the company's
 * audit trail (the admin audit listener records it with the admin user).
 */
@Controller("cmCompaniesController")
@RequestMapping("/" + CompaniesController.SECTION_KEY)
public class CompaniesController extends AdminAbstractController {

    static final String SECTION_KEY = "companies";
    static final int PAGE_SIZE = 50;
    static final List<String> TABS = Arrays.asList("details", "members", "units", "addresses", "orders", "request",
            "audit");

    @Resource(name = "cmCompanyService")
    protected CompanyService companies;

    @Resource(name = "cmCompanyAdminService")
    protected CompanyAdminService companyAdmin;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "cmCompanyAddressService")
    protected CompanyAddressService addresses;

    @Resource(name = "blCountryService")
    protected CountryService countries;

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService audit;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "status", required = false) String status,
            @RequestParam(value = "q", required = false) String query,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_COMPANIES);
        CompanyStatus filter = CompanyStatus.getInstance(status);
        String name = query == null || query.length() > Company.NAME_LENGTH ? null : query.trim();
        int current = Math.max(0, page);
        model.addAttribute("companies", companyAdmin.findCompanies(filter, name, current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", companyAdmin.countCompanies(filter, name));
        model.addAttribute("statuses", Arrays.asList(CompanyStatus.PENDING, CompanyStatus.ACTIVE,
                CompanyStatus.SUSPENDED, CompanyStatus.REJECTED));
        model.addAttribute("status", filter == null ? "" : filter.getType());
        model.addAttribute("q", name == null ? "" : name);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("mayManage", permissions.holds(AdminPermissions.MANAGE_COMPANIES));
        return page(model, "custmgr/companies");
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    public String newCompany(Model model) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        model.addAttribute("draft", new CompanyDraft());
        return page(model, "custmgr/companyNew");
    }

    @RequestMapping(value = "/new", method = RequestMethod.POST)
    public String create(Model model, HttpServletRequest request, @ModelAttribute("draft") CompanyDraft draft,
            RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        try {
            Company company = companies.createCompany(draft);
            redirect.addFlashAttribute("saved", "Companies_Opened");
            return "redirect:/" + SECTION_KEY + "/" + company.getId();
        } catch (InvalidCompanyException e) {
            model.addAttribute("errors", e.getErrors());
            return page(model, "custmgr/companyNew");
        }
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String show(Model model, @PathVariable("id") long id,
            @RequestParam(value = "tab", defaultValue = "details") String tab,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_COMPANIES);
        Company company = companies.findCompany(id);
        if (company == null) {
            return "redirect:/" + SECTION_KEY;
        }
        String shown = TABS.contains(tab) ? tab : "details";
        int current = Math.max(0, page);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new CompanyDraft(company.getName(), company.getLegalName(),
                    company.getTaxNumber(), company.getPurchaseNote()));
        }
        if ("members".equals(shown)) {
            model.addAttribute("members", members.findMembers(id));
            model.addAttribute("roles", companies.findRoles(id));
        } else if ("units".equals(shown)) {
            model.addAttribute("units", UnitTree.of(companies.findUnits(id)));
        } else if ("addresses".equals(shown)) {
            model.addAttribute("addresses", addresses.findAddresses(id));
            List<BusinessUnitImpl> units = companies.findUnits(id);
            Map<Long, String> unitNames = new HashMap<Long, String>();
            for (BusinessUnitImpl unit : units) {
                unitNames.put(unit.getId(), unit.getName());
            }
            model.addAttribute("units", UnitTree.of(units));
            model.addAttribute("unitNames", unitNames);
            model.addAttribute("countries", countries.findCountries());
        } else if ("orders".equals(shown)) {
            model.addAttribute("orders", companyAdmin.findOrders(id, current * PAGE_SIZE, PAGE_SIZE));
            model.addAttribute("total", companyAdmin.countOrders(id));
        } else if ("audit".equals(shown)) {
            model.addAttribute("records", audit.findRecordsOf(CompanyImpl.class, id, current * PAGE_SIZE, PAGE_SIZE));
            model.addAttribute("total", audit.countRecordsOf(CompanyImpl.class, id));
        }
        model.addAttribute("company", company);
        model.addAttribute("tab", shown);
        model.addAttribute("tabs", TABS);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("mayManage", permissions.holds(AdminPermissions.MANAGE_COMPANIES));
        return page(model, "custmgr/company");
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String update(Model model, HttpServletRequest request, @PathVariable("id") long id,
            @ModelAttribute("draft") CompanyDraft draft, RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        try {
            companyAdmin.updateDetails(id, draft);
            redirect.addFlashAttribute("saved", "Companies_Saved");
            return "redirect:/" + SECTION_KEY + "/" + id;
        } catch (InvalidCompanyException e) {
            model.addAttribute("errors", e.getErrors());
            return show(model, id, "details", 0);
        }
    }

    @RequestMapping(value = "/{id}/status", method = RequestMethod.POST)
    public String changeStatus(HttpServletRequest request, @PathVariable("id") long id,
            @RequestParam("suspend") boolean suspend, RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        try {
            companyAdmin.changeStatus(id, suspend);
            redirect.addFlashAttribute("saved", suspend ? "Companies_Suspended" : "Companies_Reactivated");
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("refusal", e.getErrors().values().iterator().next());
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    @RequestMapping(value = "/{id}/default-roles", method = RequestMethod.POST)
    public String setDefaultRoles(HttpServletRequest request, @PathVariable("id") long id,
            @RequestParam(value = "roles", required = false) List<Long> roleIds, RedirectAttributes redirect)
            throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        try {
            companyAdmin.setDefaultRoles(id, roleIds);
            redirect.addFlashAttribute("saved", "Companies_DefaultRolesSaved");
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("refusal", e.getErrors().values().iterator().next());
        }
        return "redirect:/" + SECTION_KEY + "/" + id + "?tab=members";
    }

    @RequestMapping(value = "/{id}/units", method = RequestMethod.POST)
    public String addUnit(HttpServletRequest request, @PathVariable("id") long id,
            @RequestParam(value = "parent", required = false) Long parentId,
            @RequestParam(value = "name", required = false) String name, RedirectAttributes redirect)
            throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        try {
            BusinessUnitImpl unit = companies.addUnit(id, parentId == null ? -1 : parentId, name);
            redirect.addFlashAttribute("savedUnit", unit.getName());
        } catch (InvalidCompanyException e) {
            Map<String, String> errors = new HashMap<String, String>(e.getErrors());
            if (InvalidCompanyException.NAME_REQUIRED.equals(errors.get("name"))) {
                errors.put("name", "Companies_UnitNameRequired");
            }
            redirect.addFlashAttribute("unitErrors", errors);
            redirect.addFlashAttribute("unitTyped", name);
        }
        return "redirect:/" + SECTION_KEY + "/" + id + "?tab=units";
    }

    private String page(Model model, String view) throws ServiceException {
        csrf.addToken(model);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", view);
        return "modules/defaultContainer";
    }
}
