package io.custmgr.customer.confirmation.checkout;

import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * The first step of Broadleaf's checkout workflow (merged into {@code blCheckoutWorkflow} ahead of payment): an
 * order of an account whose registration is still waiting for e-mail confirmation is not placed, whichever
 * controller or host code started the checkout. Broadleaf rolls the checkout back and reports a
 * {@code CheckoutException} caused by {@link EmailNotConfirmedException}.
 */
public class ConfirmedEmailActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "cmRegistrationConfirmation")
    protected RegistrationConfirmationService confirmation;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        Long customerId = order == null || order.getCustomer() == null ? null : order.getCustomer().getId();
        if (customerId != null && !confirmation.mayCheckOut(customerId)) {
            throw new EmailNotConfirmedException(customerId);
        }
        return context;
    }
}
