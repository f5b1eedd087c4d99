package io.custmgr.assist.checkout;

import io.custmgr.assist.service.AssistanceService;
import io.custmgr.assist.service.AssistedSession;
import io.custmgr.assist.service.CurrentAssistance;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * An activity of Broadleaf's checkout workflow (appended to {@code blCheckoutWorkflow}, bean
 * {@code cmAssistedOrderActivity}): an order placed while an admin user is signed in as its customer is recorded as
 * placed by that admin (CM_ASSISTED_ORDER, the assistance log, the customer's audit trail), in a transaction of its
 * own after Broadleaf completed the order. Never fails the checkout: the order is placed (and paid) by then; a failure
 * is logged with the order's id.
 */
public class AssistedOrderActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(AssistedOrderActivity.class);

    @Resource(name = "cmAssistanceService")
    protected AssistanceService assistance;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        AssistedSession session = CurrentAssistance.get();
        Order order = context.getSeedData().getOrder();
        if (session != null && order != null && order.getId() != null) {
            try {
                assistance.orderPlaced(session, order.getId(), order.getOrderNumber());
            } catch (RuntimeException e) {
                LOG.error("Assisted order " + order.getId() + " of assistance log #" + session.getLogId()
                        + " was not attributed to its admin user", e);
            }
        }
        return context;
    }
}
