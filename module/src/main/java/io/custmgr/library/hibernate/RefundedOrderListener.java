package io.custmgr.library.hibernate;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.library.service.LibraryService;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;

/**
 * Revokes the library entries of an order refunded in full when a successful refund transaction is saved against one
 * of its payments, whoever records it (a payment gateway's refund, the admin, host code): runs in the same
 * transaction as the insert, so the revocation commits or rolls back with the refund. A partial refund revokes
 * nothing. Does nothing while no {@link LibraryService} is registered.
 */
public class RefundedOrderListener implements PostInsertEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!(event.getEntity() instanceof PaymentTransaction)) {
            return;
        }
        PaymentTransaction transaction = (PaymentTransaction) event.getEntity();
        if (!PaymentTransactionType.REFUND.equals(transaction.getType())
                || Boolean.FALSE.equals(transaction.getSuccess())) {
            return;
        }
        OrderPayment payment = transaction.getOrderPayment();
        LibraryService library = ListenerBridge.lookup(LibraryService.class);
        if (library != null && payment != null && payment.getOrder() != null && payment.getOrder().getId() != null) {
            library.revokeRefundedOrder(payment.getOrder().getId());
        }
    }
}
