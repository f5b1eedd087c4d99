package io.custmgr.sample.web.account;

import io.custmgr.customer.account.domain.SharedLoginException;
import io.custmgr.customer.confirmation.security.UnconfirmedCustomerUserDetails;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.broadleafcommerce.core.web.controller.account.ResetPasswordForm;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.security.web.WebAttributes;
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
import javax.servlet.http.HttpSession;

/**
 * The login page. The form posts {@code j_username} / {@code j_password} to Spring Security's
 * {@code /login_post.htm}; a failed login comes back as {@code /login?error=true}.
 */
@Controller
class LoginController extends BroadleafLoginController {

    static final String SUCCESS_URL = "successUrl";
    static final String RESET_FORM = "resetPasswordForm";

    @Override
    @RequestMapping(value = "/login", method = { RequestMethod.GET, RequestMethod.HEAD })
    public String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer != null && customer.isLoggedIn()) {
            return "redirect:/account";
        }
        String view = super.login(request, response, model);
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (request.getParameter("error") != null && SharedLoginException.in((Throwable) failure)) {
            model.addAttribute("sharedLogin", Boolean.TRUE);
        } else if (request.getParameter("error") != null && UnconfirmedCustomerUserDetails.in(failure)) {
            model.addAttribute("unconfirmedLogin", Boolean.TRUE); // the password was right
        }
        // The success handler follows successUrl: only to a page of this site.
        Object successUrl = model.asMap().get(SUCCESS_URL);
        if (successUrl != null && !isLocalPath(successUrl.toString())) {
            model.asMap().remove(SUCCESS_URL);
        }
        return view;
    }

    /** Broadleaf's password reset: the mailed link (a reset, or the set-password link of a converted guest). */
    @Override
    @RequestMapping(value = "/login/resetPassword", method = { RequestMethod.GET, RequestMethod.HEAD })
    public String resetPassword(HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.resetPassword(request, response, model);
    }

    @InitBinder(RESET_FORM)
    void limitResetBinding(WebDataBinder binder) {
        binder.setAllowedFields("username", "token", "password", "passwordConfirm");
    }

    @RequestMapping(value = "/login/resetPassword", method = RequestMethod.POST)
    String processResetPassword(@ModelAttribute(RESET_FORM) ResetPasswordForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) throws ServiceException {
        return super.processResetPassword(form, request, response, model, errors);
    }

    static boolean isLocalPath(String url) {
        return url.startsWith("/") && !url.startsWith("//") && !url.contains("\\") && !url.contains(":");
    }
}
