package io.custmgr.sample.web.account;

import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import io.custmgr.address.service.CustomerAddressBook;
import io.custmgr.customer.orders.service.CustomerOrdersService;
import io.custmgr.customer.orders.service.OrderHistoryPage;
import io.custmgr.customer.payment.service.SavedPaymentService;
import io.custmgr.message.service.CustomerMessageService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/**
 * "My account": the logged-in customer's name, e-mail, unread messages, address book, saved payment methods and newest placed orders,
 * each opening its order page (Spring Security guards /account/**; the address book's actions are in
 * {@link AddressBookController}, the payments' in {@link SavedPaymentsController}).
 */
@Controller
class AccountController {

    static final String VIEW = "account/account";
    /** Newest orders listed; the page says when there are more. */
    static final int ORDERS_SHOWN = 25;

    @Resource(name = "cmCustomerOrdersService")
    private CustomerOrdersService ordersService;

    @Resource(name = "cmCustomerAddressBook")
    private CustomerAddressBook addressBook;

    @Resource(name = "cmSavedPaymentService")
    private SavedPaymentService savedPayments;

    @Resource(name = "cmCustomerMessageService")
    private CustomerMessageService messages;

    @Resource(name = "cmRegistrationConfirmation")
    private RegistrationConfirmationService confirmation;

    @RequestMapping(value = "/account", method = { RequestMethod.GET, RequestMethod.HEAD })
    String account(Model model) {
        Customer customer = CustomerState.getCustomer();
        OrderHistoryPage orders = ordersService.findOrders(customer.getId(), null, 0, ORDERS_SHOWN);
        model.addAttribute("orders", orders.getRows());
        model.addAttribute("moreOrders", orders.getTotalMatching() > orders.getRows().size());
        model.addAttribute("addresses", addressBook.findEntries(customer.getId()));
        model.addAttribute("shippingSameAsBilling", addressBook.isShippingSameAsBilling(customer.getId()));
        model.addAttribute("savedPayments", savedPayments.findSavedPayments(customer.getId()));
        model.addAttribute("unreadMessages", messages.countUnread(customer.getId()));
        model.addAttribute("confirmationPending", confirmation.isPending(customer.getId()));
        return VIEW;
    }
}
