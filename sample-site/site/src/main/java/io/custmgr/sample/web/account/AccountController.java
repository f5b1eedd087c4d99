package io.custmgr.sample.web.account;

import io.custmgr.address.service.CustomerAddressBook;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * "My account": the logged-in customer's name, e-mail, address book and order history (Spring Security guards
 * /account/**; the address book's actions are in {@link AddressBookController}).
 */
@Controller
class AccountController {

    static final String VIEW = "account/account";

    /** Newest first; orders without a submit date last. */
    private static final Comparator<Order> NEWEST_FIRST = new Comparator<Order>() {
        @Override
        public int compare(Order a, Order b) {
            Date left = a.getSubmitDate();
            Date right = b.getSubmitDate();
            if (left == null || right == null) {
                return left == right ? 0 : (left == null ? 1 : -1);
            }
            return right.compareTo(left);
        }
    };

    @Resource(name = "blOrderService")
    private OrderService orderService;

    @Resource(name = "cmCustomerAddressBook")
    private CustomerAddressBook addressBook;

    @RequestMapping(value = "/account", method = { RequestMethod.GET, RequestMethod.HEAD })
    String account(Model model) {
        Customer customer = CustomerState.getCustomer();
        List<Order> orders = new ArrayList<Order>(orderService.findOrdersForCustomer(customer, OrderStatus.SUBMITTED));
        orders.addAll(orderService.findOrdersForCustomer(customer, OrderStatus.CANCELLED));
        Collections.sort(orders, NEWEST_FIRST);
        model.addAttribute("orders", orders);
        model.addAttribute("addresses", addressBook.findEntries(customer.getId()));
        model.addAttribute("shippingSameAsBilling", addressBook.isShippingSameAsBilling(customer.getId()));
        return VIEW;
    }
}
