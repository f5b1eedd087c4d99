package io.custmgr.admin.web.guest;

import io.custmgr.admin.common.StorefrontLinks;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.guest.service.GuestConversionException;
import io.custmgr.guest.service.GuestConversionService;
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
 * "Convert to account" on a guest profile's form (POST, with the admin's CSRF token): needs the permission to update
 * customers; answers with a page saying what happened.
 */
@Controller("cmGuestConversionController")
@RequestMapping("/customer/{customerId}/convert-guest")
public class GuestConversionController extends AdminAbstractController {

    static final String RESET_PASSWORD_PATH = "/login/resetPassword";

    @Resource(name = "cmGuestConversionService")
    protected GuestConversionService conversionService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @Resource(name = "cmStorefrontLinks")
    protected StorefrontLinks storefrontLinks;

    @RequestMapping(method = RequestMethod.POST)
    public String convert(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId)
            throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        csrf.check(request);
        try {
            Customer account = conversionService.convertToAccount(customerId,
                    storefrontLinks.link(request, RESET_PASSWORD_PATH));
            model.addAttribute("converted", true);
            model.addAttribute("email", account.getEmailAddress());
        } catch (GuestConversionException e) {
            model.addAttribute("converted", false);
            model.addAttribute("reason", e.getReason());
        }
        model.addAttribute("customerId", customerId);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/guestConversion");
        return "modules/defaultContainer";
    }
}
