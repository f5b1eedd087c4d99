package io.custmgr.admin.web.assist;

import io.custmgr.admin.assist.LoginAsCustomerFormAction;
import io.custmgr.admin.common.StorefrontLinks;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.assist.service.AssistanceRefusedException;
import io.custmgr.assist.service.AssistanceService;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.common.web.RequestOrigins;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * "Login as customer" (POST with the admin's CSRF token; the permission "Login as Customer" and customer read): issues
 * the single-use token and answers a page whose form posts it to the storefront's {@value #STORE_START_PATH} at once
 * (script; a button without it). The token is in that page's form only — never in a URL, a redirect or a log — and the
 * page is not cached. A customer who may not be assisted gets the page with the reason instead.
 */
@Controller("cmLoginAsCustomerController")
@RequestMapping("/customer/{customerId}" + LoginAsCustomerFormAction.PATH)
public class LoginAsCustomerController extends AdminAbstractController {

    static final String STORE_START_PATH = "/assist/start";

    @Resource(name = "cmAssistanceService")
    protected AssistanceService assistance;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmStorefrontLinks")
    protected StorefrontLinks storefrontLinks;

    @RequestMapping(method = RequestMethod.POST)
    public String loginAs(Model model, HttpServletRequest request, HttpServletResponse response,
            @PathVariable("customerId") Long customerId) throws ServiceException {
        permissions.checkHolds(LoginAsCustomerFormAction.LOGIN_AS_PERMISSION);
        permissions.check(READ, Customer.class);
        csrf.check(request);
        AuditActor admin = AuditActors.currentAdmin();
        if (admin == null || admin.getAdminUserId() == null) {
            throw new SecurityServiceException("Login as customer needs a signed-in admin user");
        }
        String returnUrl = RequestOrigins.origin(request) + request.getContextPath() + "/customer/" + customerId;
        try {
            model.addAttribute("token", assistance.issueToken(customerId, admin.getAdminUserId(), returnUrl));
            model.addAttribute("startUrl", storefrontLinks.link(request, STORE_START_PATH));
            response.setHeader("Cache-Control", "no-store");
        } catch (AssistanceRefusedException e) {
            model.addAttribute("reason", e.getReason());
        }
        model.addAttribute("customerId", customerId);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/loginAsCustomer");
        return "modules/defaultContainer";
    }
}
