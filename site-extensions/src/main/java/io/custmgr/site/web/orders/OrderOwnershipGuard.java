package io.custmgr.site.web.orders;

import io.custmgr.customer.orders.detail.OrderDetailService;
import io.custmgr.site.web.orders.OrderDetailController.OrderNotFoundException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

import javax.annotation.Resource;

/**
 * Broadleaf 3.1's {@code BroadleafOrderHistoryController.viewOrderDetails} shows any order whose number it is given,
 * to anyone signed in. A host storefront that extends it gets this advice (storefront servlet context, bean
 * {@code cmOrderOwnershipGuard}): before the order is read, it must be the signed-in customer's placed order, else
 * the request answers 404 like an unknown number.
 */
public class OrderOwnershipGuard {

    @Resource(name = "cmOrderDetailService")
    protected OrderDetailService orderDetails;

    /** @throws OrderNotFoundException not the signed-in customer's placed order, or nobody signed in */
    public void checkOwnOrder(String orderNumber) {
        Long customerId = currentCustomerId();
        if (customerId == null || !orderDetails.ownsPlacedOrder(customerId, orderNumber)) {
            throw new OrderNotFoundException();
        }
    }

    protected Long currentCustomerId() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn() ? customer.getId() : null;
    }
}
