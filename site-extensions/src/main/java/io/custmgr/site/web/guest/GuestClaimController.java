package io.custmgr.site.web.guest;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.guest.service.GuestClaimResult;
import io.custmgr.guest.service.GuestClaimService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The link of the guest claim mail. Needs the account signed in (the host secures it like its account pages): the
 * claim moves the guest's orders only to the account it was offered to. Answers with a redirect to the account page
 * carrying {@code guestClaim} (orders moved) or {@code guestClaimError} (unknown, used, expired, otherAccount) as a
 * flash attribute for the host's template.
 */
@Controller
public class GuestClaimController {

    @Resource(name = "cmGuestClaimService")
    protected GuestClaimService claimService;

    @RequestMapping(value = GuestClaimService.CLAIM_PATH, method = RequestMethod.GET)
    public String claim(@RequestParam(value = "token", required = false) String token,
            RedirectAttributes redirectAttributes) {
        Customer customer = CustomerState.getCustomer();
        try {
            GuestClaimResult result = claimService.confirmClaim(token,
                    customer != null && customer.isLoggedIn() ? customer : null);
            redirectAttributes.addFlashAttribute("guestClaim", result);
        } catch (MailedLinkRefusedException e) {
            redirectAttributes.addFlashAttribute("guestClaimError", e.getCode());
        }
        return "redirect:/account";
    }
}
