package io.custmgr.site.web.orders;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.web.PrivateResponses;
import io.custmgr.customer.orders.checkout.OrderConfirmationMailActivity;
import io.custmgr.customer.orders.detail.OrderDetail;
import io.custmgr.customer.orders.detail.OrderDetailService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The shopper's order page: {@code /account/orders/{number}} for the signed-in owner (the host secures /account like
 * its account pages), {@code /orders/view?token=} for whoever holds the order link of a confirmation mail. Another
 * customer's number, a cart or a wishlist answers 404 like an unknown number. Renders the host's view
 * {@value #VIEW} with the model attribute {@code order} ({@link OrderDetail}); a refused link renders it with
 * {@code orderLinkError} (a reason code: unknown, expired) and status 404. The page is never cached, and its link
 * is never sent on as a referrer.
 */
@Controller
public class OrderDetailController {

    public static final String VIEW = "account/orderDetail";

    @Resource(name = "cmOrderDetailService")
    protected OrderDetailService orderDetails;

    @RequestMapping(value = OrderConfirmationMailActivity.ACCOUNT_ORDER_PATH + "{orderNumber:.+}",
            method = { RequestMethod.GET, RequestMethod.HEAD })
    public String accountOrder(@PathVariable("orderNumber") String orderNumber, Model model,
            HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        OrderDetail order = customer == null || !customer.isLoggedIn() ? null
                : orderDetails.findPlacedOrder(customer.getId(), orderNumber);
        if (order == null) {
            throw new OrderNotFoundException();
        }
        return show(order, model, response);
    }

    @RequestMapping(value = OrderConfirmationMailActivity.GUEST_ORDER_PATH, method = { RequestMethod.GET,
            RequestMethod.HEAD })
    public String linkedOrder(@RequestParam(value = "token", required = false) String token, Model model,
            HttpServletResponse response) {
        PrivateResponses.keepPrivate(response);
        try {
            OrderDetail order = orderDetails.findByLink(token);
            if (order == null) {
                throw new OrderNotFoundException();
            }
            return show(order, model, response);
        } catch (MailedLinkRefusedException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("orderLinkError", e.getCode());
            return VIEW;
        }
    }

    protected String show(OrderDetail order, Model model, HttpServletResponse response) {
        PrivateResponses.keepPrivate(response);
        model.addAttribute("order", order);
        return VIEW;
    }

    /** 404 through the error pages (their classifier knows every …NotFoundException). */
    public static class OrderNotFoundException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public OrderNotFoundException() {
            super("No such order of this shopper");
        }
    }
}
