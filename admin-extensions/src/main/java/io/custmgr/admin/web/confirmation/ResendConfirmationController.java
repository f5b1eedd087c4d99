package io.custmgr.admin.web.confirmation;

import io.custmgr.admin.common.StorefrontLinks;
import io.custmgr.admin.confirmation.EmailConfirmationFormField;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService.ResendOutcome;
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

import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * "Resend confirmation e-mail" on a pending customer's form (POST with the admin's CSRF token; customer update):
 * mails a new link to the storefront's confirmation page, audited, at most one per resend interval.
 */
@Controller("cmResendConfirmationController")
@RequestMapping("/customer/{customerId}" + EmailConfirmationFormField.PATH)
public class ResendConfirmationController extends AdminAbstractController {

    @Resource(name = "cmRegistrationConfirmation")
    protected RegistrationConfirmationService confirmation;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmStorefrontLinks")
    protected StorefrontLinks storefrontLinks;

    @RequestMapping(method = RequestMethod.POST)
    public String resend(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId)
            throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        csrf.check(request);
        ResendOutcome outcome = confirmation.resend(customerId,
                storefrontLinks.link(request, RegistrationConfirmationService.CONFIRM_PATH));
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("customerId", customerId);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/resendConfirmation");
        return "modules/defaultContainer";
    }
}
