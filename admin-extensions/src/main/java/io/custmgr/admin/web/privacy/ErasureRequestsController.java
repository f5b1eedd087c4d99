package io.custmgr.admin.web.privacy;

import io.custmgr.admin.privacy.EraseFormAction;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.privacy.dao.ErasureRequestView;
import io.custmgr.privacy.service.ErasureRefusedException;
import io.custmgr.privacy.service.ErasureRequestService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * Customer Care → Erasure Requests: the shoppers' pending requests, oldest first, each with Confirm (erases the
 * customer now, as this admin user) and Reject; both are POSTs with the admin's CSRF token. Needs "Manage Personal
 * Data" and the permission to update customers, like the form's "Erase personal data…".
 */
@Controller("cmErasureRequestsController")
@RequestMapping("/" + ErasureRequestsController.SECTION_KEY)
public class ErasureRequestsController extends AdminAbstractController {

    static final String SECTION_KEY = "erasure-requests";
    static final int PAGE_SIZE = 50;

    @Resource(name = "cmErasureRequestService")
    protected ErasureRequestService requests;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "page", defaultValue = "0") int page)
            throws ServiceException {
        checkPermission();
        int current = Math.max(0, page);
        model.addAttribute("requests", requests.findPending(current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", requests.countPending());
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        csrf.addToken(model);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/erasureRequests");
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/confirm", method = RequestMethod.POST)
    public String confirm(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam("request") String requestId) throws ServiceException {
        checkPermission();
        csrf.check(request);
        try {
            ErasureRequestView done = requests.confirm(requestId, false);
            redirect.addFlashAttribute("erased", "#" + done.getCustomerId() + " " + label(done));
        } catch (ErasureRefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage() + " Open the customer's \u201cErase personal"
                    + " data\u2026\u201d to erase with force, or reject the request.");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/reject", method = RequestMethod.POST)
    public String reject(HttpServletRequest request, RedirectAttributes redirect,
            @RequestParam("request") String requestId) throws ServiceException {
        checkPermission();
        csrf.check(request);
        if (requests.reject(requestId)) {
            redirect.addFlashAttribute("rejected", true);
        } else {
            redirect.addFlashAttribute("refusal", "The erasure request is no longer pending");
        }
        return "redirect:/" + SECTION_KEY;
    }

    private static String label(ErasureRequestView request) {
        return request.getName() == null ? String.valueOf(request.getEmail())
                : request.getName() + " (" + request.getEmail() + ")";
    }

    private void checkPermission() throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        permissions.checkHolds(EraseFormAction.PERSONAL_DATA_PERMISSION);
    }
}
