package io.custmgr.company.checkout;

import io.custmgr.company.service.CompanyOrderService;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * An activity of Broadleaf's checkout workflow (bean {@code cmCompanyOrderActivity}, appended to
 * {@code blCheckoutWorkflow}): an order placed by a member of a company account becomes the company's, in the
 * checkout's own transaction, whatever storefront runs the checkout. A guest's order never does.
 */
public class CompanyOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "cmCompanyOrderService")
    protected CompanyOrderService orders;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order != null && order.getId() != null && order.getCustomer() != null
                && order.getCustomer().getId() != null && order.getCustomer().isRegistered()) {
            orders.recordOrder(order.getId(), order.getCustomer().getId());
        }
        return context;
    }
}
