package io.custmgr.sample.web.account;

import io.custmgr.privacy.service.ErasureRefusedException;
import io.custmgr.privacy.service.ErasureRequestService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * "Delete my account" (Spring Security guards /account/**): the shopper confirms with the password and an erasure
 * request waits for the merchant (or the grace period); while it waits the shopper can withdraw it. The password is
 * checked by the storefront's own sign-in (blAuthenticationManager), so a session left open is not enough.
 */
@Controller
@RequestMapping("/account/delete")
class DeleteAccountController {

    @Resource(name = "cmErasureRequestService")
    private ErasureRequestService requests;

    @Resource(name = "blAuthenticationManager")
    private AuthenticationManager authentication;

    @RequestMapping(method = { RequestMethod.GET, RequestMethod.HEAD })
    String show(Model model) {
        model.addAttribute("pending", requests.findPending(CustomerState.getCustomer().getId()));
        return "account/deleteAccount";
    }

    @RequestMapping(method = RequestMethod.POST)
    String request(Model model, RedirectAttributes redirect,
            @RequestParam(value = "password", required = false) String password) {
        Customer customer = CustomerState.getCustomer();
        if (password == null || password.isEmpty() || !passwordMatches(customer, password)) {
            model.addAttribute("passwordError", password == null || password.isEmpty() ? "required" : "wrong");
            return show(model);
        }
        try {
            requests.request(customer.getId(), ErasureRequestService.SOURCE_STOREFRONT);
            redirect.addFlashAttribute("deleteRequested", true);
        } catch (ErasureRefusedException e) {
            redirect.addFlashAttribute("deleteRefused", e.getRefusal().name());
        }
        return "redirect:/account/delete";
    }

    @RequestMapping(value = "/cancel", method = RequestMethod.POST)
    String cancel(RedirectAttributes redirect) {
        redirect.addFlashAttribute("deleteCancelled", requests.cancel(CustomerState.getCustomer().getId()));
        return "redirect:/account/delete";
    }

    private boolean passwordMatches(Customer customer, String password) {
        try {
            authentication.authenticate(new UsernamePasswordAuthenticationToken(customer.getUsername(), password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
