package io.custmgr.sample.web.account;

import io.custmgr.customer.account.domain.LoginKeyImpl;
import org.apache.commons.lang3.StringUtils;
import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Forgot your password?": Broadleaf's own flow (a reset link mailed to the account, the module makes its lookup
 * ignore case). The answer is the same whether or not an account has the address, so the page tells nobody who
 * shops here.
 */
@Controller
@RequestMapping("/login/forgotPassword")
class ForgotPasswordController extends BroadleafLoginController {

    /** The longest address an account signs in with (the host's USER_NAME column). */
    static final int MAX_LENGTH = LoginKeyImpl.KEY_LENGTH;

    static final String RESET_PATH = "/login/resetPassword";

    /** Broadleaf 3.1 builds the link from the view name and drops the port; the page that takes it is this one. */
    @Override
    public String getResetPasswordUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path(RESET_PATH).build().toUriString();
    }

    @RequestMapping(method = { RequestMethod.GET, RequestMethod.HEAD })
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.forgotPassword(request, response, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    String send(@RequestParam(value = "username", required = false) String username, HttpServletRequest request,
            Model model) {
        String typed = StringUtils.trimToNull(username);
        if (typed == null || typed.length() > MAX_LENGTH) {
            model.addAttribute("errorCode", typed == null ? "required" : "tooLong");
            model.addAttribute("maxLength", MAX_LENGTH);
            model.addAttribute("username", username);
            return getForgotPasswordView();
        }
        super.processForgotPassword(typed, request, model);
        model.asMap().remove("errorCode"); // unknown or disabled accounts get the same answer
        model.addAttribute("username", typed);
        return getForgotPasswordSuccessView();
    }
}
