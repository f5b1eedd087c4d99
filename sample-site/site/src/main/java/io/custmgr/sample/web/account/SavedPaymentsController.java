package io.custmgr.sample.web.account;

import io.custmgr.customer.payment.service.SavedPaymentService;
import io.custmgr.customer.payment.service.SavedPaymentView;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The account page's saved payment methods: make one the default, remove one (POST with Broadleaf's CSRF token). The
 * service checks each id against the signed-in customer: anyone else's id answers 404 and changes nothing.
 */
@Controller
@RequestMapping("/account/payments/{paymentId}")
class SavedPaymentsController {

    static final String BACK = "redirect:/account#payments";
    static final String MESSAGE = "savedPaymentMessage";

    @Resource(name = "cmSavedPaymentService")
    private SavedPaymentService savedPayments;

    @RequestMapping(value = "/default", method = RequestMethod.POST)
    String makeDefault(@PathVariable("paymentId") Long paymentId, RedirectAttributes redirect) {
        SavedPaymentView payment = savedPayments.makeDefault(CustomerState.getCustomer().getId(), paymentId);
        redirect.addFlashAttribute(MESSAGE, "defaultChanged");
        redirect.addFlashAttribute("savedPaymentLabel", payment.getLabel());
        return BACK;
    }

    @RequestMapping(value = "/delete", method = RequestMethod.POST)
    String remove(@PathVariable("paymentId") Long paymentId, RedirectAttributes redirect) {
        SavedPaymentView payment = savedPayments.remove(CustomerState.getCustomer().getId(), paymentId);
        redirect.addFlashAttribute(MESSAGE, "removed");
        redirect.addFlashAttribute("savedPaymentLabel", payment.getLabel());
        return BACK;
    }
}
