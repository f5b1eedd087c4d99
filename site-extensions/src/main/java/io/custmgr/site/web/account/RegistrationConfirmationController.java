package io.custmgr.site.web.account;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.web.RequestOrigins;
import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The registration confirmation's storefront side: the mailed link, and "send the link again" (from the login page
 * signed out, from the account or checkout page signed in). Answers with a redirect carrying, as flash attributes for
 * the host's templates, {@code registrationConfirmed} (true), {@code registrationConfirmError} (a reason code of
 * {@link MailedLinkRefusedException}) or {@code confirmationResent} (true, whether or not the login named a pending
 * account: the page must not tell which addresses have accounts).
 */
@Controller
public class RegistrationConfirmationController {

    static final String SIGNED_IN_PAGE = "/account";
    static final String SIGNED_OUT_PAGE = "/login";

    @Resource(name = "cmRegistrationConfirmation")
    protected RegistrationConfirmationService confirmation;

    @RequestMapping(value = RegistrationConfirmationService.CONFIRM_PATH, method = RequestMethod.GET)
    public String confirm(@RequestParam(value = "token", required = false) String token,
            RedirectAttributes redirectAttributes) {
        Customer signedIn = signedIn();
        try {
            confirmation.confirm(token, signedIn == null ? null : signedIn.getId());
            redirectAttributes.addFlashAttribute("registrationConfirmed", Boolean.TRUE);
        } catch (MailedLinkRefusedException e) {
            redirectAttributes.addFlashAttribute("registrationConfirmError", e.getCode());
        }
        return "redirect:" + (signedIn == null ? SIGNED_OUT_PAGE : SIGNED_IN_PAGE);
    }

    /**
     * @param email the login typed on the login page (ignored when signed in: the account's own link is sent)
     * @param from where a signed-in shopper asked ({@code checkout} or the account page)
     */
    @RequestMapping(value = RegistrationConfirmationService.RESEND_PATH, method = RequestMethod.POST)
    public String resend(@RequestParam(value = "email", required = false) String email,
            @RequestParam(value = "from", required = false) String from, HttpServletRequest request,
            RedirectAttributes redirectAttributes) {
        Customer signedIn = signedIn();
        String confirmUrl = RequestOrigins.origin(request) + request.getContextPath()
                + RegistrationConfirmationService.CONFIRM_PATH;
        if (signedIn != null) {
            confirmation.resend(signedIn.getId(), confirmUrl);
        } else if (email != null && email.length() <= MAX_LOGIN_LENGTH) {
            confirmation.resendByLogin(email, confirmUrl);
        }
        redirectAttributes.addFlashAttribute("confirmationResent", Boolean.TRUE);
        if (signedIn == null) {
            return "redirect:" + SIGNED_OUT_PAGE;
        }
        return "redirect:" + ("checkout".equals(from) ? "/checkout" : SIGNED_IN_PAGE);
    }

    static final int MAX_LOGIN_LENGTH = 255;

    private static Customer signedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn() ? customer : null;
    }
}
