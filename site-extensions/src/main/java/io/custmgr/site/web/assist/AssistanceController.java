package io.custmgr.site.web.assist;

import io.custmgr.assist.service.AssistanceRefusedException;
import io.custmgr.assist.service.AssistanceService;
import io.custmgr.assist.service.AssistedSession;
import io.custmgr.assist.service.CurrentAssistance;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.web.ClientIpResolver;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The storefront end of "Login as customer". {@value #START_PATH} takes the admin's single-use token (POSTed by the
 * admin's page, never in a URL), starts a fresh HTTP session signed in as the customer and marked as assisted, and
 * opens the home page; a refused token signs nobody in and opens {@code /?assistError=<code>} (unknown — also an
 * altered token —, expired, used, or a reason of {@link AssistanceService}). {@value #FINISH_PATH} (POST with the
 * storefront's CSRF token, the banner's button) ends the assistance and the session and returns the browser to the
 * admin's customer form.
 */
@Controller
public class AssistanceController {

    public static final String START_PATH = "/assist/start";
    public static final String FINISH_PATH = "/assist/finish";

    @Resource(name = "cmAssistanceService")
    protected AssistanceService assistance;

    @Resource(name = "cmClientIpResolver")
    protected ClientIpResolver ipResolver;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blUserDetailsService")
    protected UserDetailsService userDetailsService;

    @RequestMapping(value = START_PATH, method = RequestMethod.POST)
    public String start(@RequestParam(value = "token", required = false) String token, HttpServletRequest request) {
        endCurrentSession(request);
        AssistedSession assisted;
        try {
            assisted = assistance.start(token, ipResolver.resolve(request));
        } catch (MailedLinkRefusedException e) {
            return "redirect:/?assistError=" + e.getCode();
        } catch (AssistanceRefusedException e) {
            return "redirect:/?assistError=" + e.getReason();
        }
        Customer customer = customerService.readCustomerById(assisted.getCustomerId());
        UserDetails principal = userDetailsService.loadUserByUsername(customer.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        request.getSession(true).setAttribute(CurrentAssistance.SESSION_ATTRIBUTE, assisted);
        return "redirect:/";
    }

    @RequestMapping(value = FINISH_PATH, method = RequestMethod.POST)
    public String finish(HttpServletRequest request) {
        AssistedSession assisted = CurrentAssistance.of(request);
        if (assisted == null) {
            return "redirect:/";
        }
        assistance.finish(assisted, AssistanceService.FINISHED);
        endCurrentSession(request);
        return assisted.getReturnUrl() == null ? "redirect:/" : "redirect:" + assisted.getReturnUrl();
    }

    /** Whatever the browser had (a shopper signed in, an anonymous cart, an earlier assistance) is not carried over. */
    private static void endCurrentSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
