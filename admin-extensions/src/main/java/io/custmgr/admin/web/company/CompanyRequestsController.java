package io.custmgr.admin.web.company;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.company.domain.Company;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.InvalidCompanyException;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Customer Care → Company Requests: the storefront's requests for a company account, oldest first, each approved or
 * rejected with a reason (the requester is mailed either way). {@code /count} answers the admin header's bell with the
 * number waiting. Everything needs the friendly permission "Approve Company Requests"; changes are in the admin audit
 * trail (section Companies) and the requester's customer audit trail.
 */
@Controller("cmCompanyRequestsController")
@RequestMapping("/" + CompanyRequestsController.SECTION_KEY)
public class CompanyRequestsController extends AdminAbstractController {

    static final String SECTION_KEY = "company-requests";
    static final int PAGE_SIZE = 50;

    /** The authority the friendly permission "Approve Company Requests" gives (load_custmgr_admin_security.sql). */
    public static final String PERMISSION = "PERMISSION_CUSTMGR_COMPANY_REQUESTS";

    @Resource(name = "cmCompanyService")
    protected CompanyService companies;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "page", defaultValue = "0") int page)
            throws ServiceException {
        permissions.checkHolds(PERMISSION);
        int current = Math.max(0, page);
        model.addAttribute("requests", companies.findPendingRequestViews(current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", companies.countPendingRequests());
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        csrf.addToken(model);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/companyRequests");
        return "modules/defaultContainer";
    }

    /** The bell: {"pending": n}; 403 for an admin user without the permission (the bell stays hidden). */
    @RequestMapping(value = "/count", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public String count(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (!permissions.holds(PERMISSION)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return "{}";
        }
        return "{\"pending\":" + companies.countPendingRequests() + "}";
    }

    @RequestMapping(value = "/{id}/approve", method = RequestMethod.POST)
    public String approve(HttpServletRequest request, RedirectAttributes redirect, @PathVariable("id") long id)
            throws ServiceException {
        permissions.checkHolds(PERMISSION);
        csrf.check(request);
        try {
            Company company = companies.approve(id);
            redirect.addFlashAttribute("approved", company.getName());
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("refusal", "CompanyRequests_NoLongerPending");
        }
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/{id}/reject", method = RequestMethod.POST)
    public String reject(HttpServletRequest request, RedirectAttributes redirect, @PathVariable("id") long id,
            @RequestParam(value = "reason", required = false) String reason) throws ServiceException {
        permissions.checkHolds(PERMISSION);
        csrf.check(request);
        try {
            Company company = companies.reject(id, reason);
            redirect.addFlashAttribute("rejected", company.getName());
        } catch (InvalidCompanyException e) {
            Map<String, String> errors = e.getErrors();
            if (errors.containsKey("reason")) {
                redirect.addFlashAttribute("reasonError", errors.get("reason"));
                redirect.addFlashAttribute("reasonFor", id);
                redirect.addFlashAttribute("reasonTyped", reason);
            } else {
                redirect.addFlashAttribute("refusal", "CompanyRequests_NoLongerPending");
            }
        }
        return "redirect:/" + SECTION_KEY;
    }
}
