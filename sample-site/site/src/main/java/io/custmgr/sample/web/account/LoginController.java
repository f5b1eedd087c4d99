package io.custmgr.sample.web.account;

import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The login page. The form posts {@code j_username} / {@code j_password} to Spring Security's
 * {@code /login_post.htm}; a failed login comes back as {@code /login?error=true}.
 */
@Controller
class LoginController extends BroadleafLoginController {

    static final String SUCCESS_URL = "successUrl";

    @Override
    @RequestMapping(value = "/login", method = { RequestMethod.GET, RequestMethod.HEAD })
    public String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        Customer customer = CustomerState.getCustomer();
        if (customer != null && customer.isLoggedIn()) {
            return "redirect:/account";
        }
        String view = super.login(request, response, model);
        // The success handler follows successUrl: only to a page of this site.
        Object successUrl = model.asMap().get(SUCCESS_URL);
        if (successUrl != null && !isLocalPath(successUrl.toString())) {
            model.asMap().remove(SUCCESS_URL);
        }
        return view;
    }

    static boolean isLocalPath(String url) {
        return url.startsWith("/") && !url.startsWith("//") && !url.contains("\\") && !url.contains(":");
    }
}
