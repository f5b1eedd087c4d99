package io.custmgr.sample.web.account;

import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.servlet.http.HttpServletRequest;

/**
 * Broadleaf's own order page, as a store built on Broadleaf's controllers has it (the sample's shoppers use the
 * module's {@code /account/orders/...}). Broadleaf shows any order by number; the module's cmOrderOwnershipGuard
 * limits it to the signed-in customer's placed orders, which the browser tests check here.
 */
@Controller
class BroadleafOrderPageController extends BroadleafOrderHistoryController {

    @Override
    @RequestMapping(value = "/account/broadleaf-orders/{orderNumber:.+}", method = RequestMethod.GET)
    public String viewOrderDetails(HttpServletRequest request, Model model,
            @PathVariable("orderNumber") String orderNumber) {
        return super.viewOrderDetails(request, model, orderNumber);
    }
}
