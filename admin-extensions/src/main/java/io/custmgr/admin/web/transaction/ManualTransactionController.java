package io.custmgr.admin.web.transaction;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.admin.transaction.TransactionPaths;
import io.custmgr.customer.orders.transaction.CustomerTransactionService;
import io.custmgr.customer.orders.transaction.InvalidTransactionException;
import io.custmgr.customer.orders.transaction.ManualTransaction;
import io.custmgr.customer.orders.transaction.ManualTransactionService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * "Record a transaction" from the customer form's Transactions tab: a payment (method, reference) or a refund against
 * one of the customer's placed orders, with amount, back-dated time and reason. Both GET and POST need "Record
 * Transactions", the POST also the admin's CSRF token; the service checks every field against the order (a crafted
 * order id of another customer is refused like a typo) and audits what it wrote. A refused entry shows the page again
 * with the error beside its field and the input kept.
 */
@Controller("cmManualTransactionController")
@RequestMapping("/customer/{customerId}/transactions")
public class ManualTransactionController extends AdminAbstractController {

    static final String VIEW = "custmgr/manualTransaction";
    /** Orders offered in the form's choice, newest first. */
    static final int ORDERS_OFFERED = 200;
    /** Methods a payment taken outside the gateway can have. */
    static final List<PaymentType> METHODS = Arrays.asList(PaymentType.CHECK, PaymentType.WIRE,
            PaymentType.MONEY_ORDER, PaymentType.COD, PaymentType.CREDIT_CARD, PaymentType.BANK_ACCOUNT,
            PaymentType.ELECTRONIC_CHECK, PaymentType.GIFT_CARD, PaymentType.CUSTOMER_CREDIT,
            PaymentType.THIRD_PARTY_ACCOUNT);

    @Resource(name = "cmCustomerTransactionService")
    protected CustomerTransactionService transactions;

    @Resource(name = "cmManualTransactionService")
    protected ManualTransactionService manual;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId) throws ServiceException {
        permissions.checkHolds(AdminPermissions.RECORD_TRANSACTIONS);
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", new ManualTransaction().setKind(ManualTransaction.PAYMENT));
        }
        model.addAttribute("customerId", customerId);
        model.addAttribute("orders", transactions.findOrders(customerId, ORDERS_OFFERED));
        model.addAttribute("methods", METHODS);
        csrf.addToken(model);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", VIEW);
        return "modules/defaultContainer";
    }

    @RequestMapping(method = RequestMethod.POST)
    public String record(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId,
            @RequestParam(value = "kind", required = false) String kind,
            @RequestParam(value = "orderId", required = false) String orderId,
            @RequestParam(value = "amount", required = false) String amount,
            @RequestParam(value = "method", required = false) String method,
            @RequestParam(value = "reference", required = false) String reference,
            @RequestParam(value = "time", required = false) String time,
            @RequestParam(value = "reason", required = false) String reason) throws ServiceException {
        permissions.checkHolds(AdminPermissions.RECORD_TRANSACTIONS);
        csrf.check(request);
        ManualTransaction entry = new ManualTransaction().setKind(kind).setOrderId(id(orderId)).setAmount(amount)
                .setMethod(method).setReference(reference).setTime(time).setReason(reason);
        try {
            manual.record(customerId, entry);
        } catch (InvalidTransactionException e) {
            model.addAttribute("entry", entry);
            model.addAttribute("errors", e.getErrors());
            return show(model, customerId);
        }
        redirect.addFlashAttribute("recorded", ManualTransaction.REFUND.equals(kind) ? "refund" : "payment");
        return "redirect:" + TransactionPaths.ofCustomer(customerId);
    }

    /** A typed order id; anything else is no order (the service answers "required"). */
    static Long id(String text) {
        return text != null && text.trim().matches("[0-9]{1,18}") ? Long.valueOf(text.trim()) : null;
    }
}
