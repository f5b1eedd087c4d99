package io.custmgr.sample.web.account;

import io.custmgr.customer.account.domain.LoginTakenException;
import io.custmgr.customer.confirmation.security.UnconfirmedSignIns;
import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Registration with Broadleaf's RegisterCustomerForm and RegisterCustomerValidator (the e-mail address is the
 * username, trimmed; the module makes the validator's lookup ignore case); a registered customer is logged in and
 * sent to the home page.
 */
@Controller
@RequestMapping("/register")
class RegisterController extends BroadleafRegisterController {

    static final String FORM = "registrationForm";

    /** The form holds a Customer entity: bind only the fields the page shows. */
    @InitBinder(FORM)
    void limitBinding(WebDataBinder binder) {
        binder.setAllowedFields("customer.firstName", "customer.lastName", "customer.emailAddress", "password",
                "passwordConfirm", "redirectUrl");
    }

    @ModelAttribute(FORM)
    public RegisterCustomerForm initCustomerRegistrationForm() {
        return super.initCustomerRegistrationForm();
    }

    @RequestMapping(method = { RequestMethod.GET, RequestMethod.HEAD })
    String register(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute(FORM) RegisterCustomerForm form) {
        if (isLoggedIn()) {
            return "redirect:/account";
        }
        String view = super.register(form, request, response, model);
        dropForeignRedirect(form);
        return view;
    }

    @RequestMapping(method = RequestMethod.POST)
    String processRegister(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute(FORM) RegisterCustomerForm form, BindingResult errors)
            throws ServiceException, PricingException {
        if (isLoggedIn()) {
            return "redirect:/account";
        }
        dropForeignRedirect(form);
        Customer customer = form.getCustomer();
        customer.setEmailAddress(StringUtils.trim(customer.getEmailAddress()));
        try {
            String view = super.processRegister(form, errors, request, response, model);
            if (request.getAttribute(UnconfirmedSignIns.PENDING_ATTRIBUTE) != null) {
                return "redirect:/login?registered=true"; // signs in only after confirming the e-mail address
            }
            return view;
        } catch (RuntimeException e) {
            if (LoginTakenException.in(e) == null) {
                throw e;
            }
            // registered meanwhile by another request, in whatever case: the database refused the second one
            errors.rejectValue("customer.emailAddress", "emailAddress.used");
            return getRegisterView();
        }
    }

    /** After registering, go only to a page of this site. */
    private static void dropForeignRedirect(RegisterCustomerForm form) {
        String redirectUrl = form.getRedirectUrl();
        if (redirectUrl != null && !LoginController.isLocalPath(redirectUrl)) {
            form.setRedirectUrl(null);
        }
    }

    private static boolean isLoggedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn();
    }
}
