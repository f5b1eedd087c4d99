package io.custmgr.library.checkout;

import io.custmgr.library.service.LibraryService;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * An activity of Broadleaf's checkout workflow (appended to {@code blCheckoutWorkflow}, bean
 * {@code cmLibraryGrantActivity}), after Broadleaf confirmed the payments and completed the order: the order's digital
 * items go into its customer's library in the checkout's own transaction, so an order is never paid without its
 * library entries. Every checkout path that runs the workflow grants (the storefront, a host's own controller).
 */
public class LibraryGrantActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "cmLibraryService")
    protected LibraryService library;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order != null && order.getId() != null && order.getCustomer() != null) {
            library.grantOrder(order.getId());
        }
        return context;
    }
}
