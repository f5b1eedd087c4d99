package io.custmgr.site.web.account;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.customer.account.service.EmailChangeService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The link of the e-mail change mail. Needs the account signed in (the host secures /account like its account
 * pages). The session is signed in again under the new login, since the old user name no longer finds the account.
 * Answers with a redirect to the account page carrying {@code emailChanged} (the new address) or
 * {@code emailChangeError} (a reason code) as a flash attribute for the host's template.
 */
@Controller
public class EmailChangeController {

    @Resource(name = "cmEmailChangeService")
    protected EmailChangeService emailChangeService;

    @Resource(name = "blUserDetailsService")
    protected UserDetailsService userDetailsService;

    @RequestMapping(value = EmailChangeService.CONFIRM_PATH, method = RequestMethod.GET)
    public String confirm(@RequestParam(value = "token", required = false) String token,
            RedirectAttributes redirectAttributes) {
        Customer customer = CustomerState.getCustomer();
        try {
            Customer changed = emailChangeService.confirmChange(token,
                    customer != null && customer.isLoggedIn() ? customer : null);
            signInAs(changed.getUsername());
            redirectAttributes.addFlashAttribute("emailChanged", changed.getEmailAddress());
        } catch (MailedLinkRefusedException e) {
            redirectAttributes.addFlashAttribute("emailChangeError", e.getCode());
        }
        return "redirect:/account";
    }

    /** The shopper proved the account a moment ago; no password is at hand, and none is needed to rename it. */
    protected void signInAs(String username) {
        UserDetails principal = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
