package io.custmgr.admin.web.payment;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.customer.payment.service.SavedPaymentNotFoundException;
import io.custmgr.customer.payment.service.SavedPaymentService;
import io.custmgr.customer.payment.service.SavedPaymentView;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import static io.custmgr.admin.security.AdminOperation.READ;
import static io.custmgr.admin.security.AdminOperation.UPDATE;

/**
 * A saved payment's page, opened from the customer form's Saved Payments tab: the masked payment and, for admin users
 * allowed to update customers, "Remove" (POST with the admin's CSRF token), which deletes it and records it in the
 * customer's audit trail. A payment of another customer is "not found".
 */
@Controller("cmSavedPaymentController")
@RequestMapping("/customer/{customerId}/saved-payments/{paymentId}")
public class SavedPaymentController extends AdminAbstractController {

    static final String VIEW = "custmgr/savedPayment";

    @Resource(name = "cmSavedPaymentService")
    protected SavedPaymentService savedPayments;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @PathVariable("paymentId") Long paymentId) throws ServiceException {
        permissions.check(READ, Customer.class);
        model.addAttribute("payment", find(customerId, paymentId));
        model.addAttribute("mayRemove", permissions.may(UPDATE, Customer.class));
        csrf.addToken(model);
        return page(model, customerId);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String remove(Model model, HttpServletRequest request, @PathVariable("customerId") Long customerId,
            @PathVariable("paymentId") Long paymentId) throws ServiceException {
        permissions.check(UPDATE, Customer.class);
        csrf.check(request);
        model.addAttribute("removed", savedPayments.remove(customerId, paymentId));
        return page(model, customerId);
    }

    private SavedPaymentView find(Long customerId, Long paymentId) {
        for (SavedPaymentView payment : savedPayments.findSavedPayments(customerId)) {
            if (payment.getId().equals(paymentId)) {
                return payment;
            }
        }
        throw new SavedPaymentNotFoundException(paymentId);
    }

    private String page(Model model, Long customerId) {
        model.addAttribute("customerId", customerId);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", VIEW);
        return "modules/defaultContainer";
    }
}
