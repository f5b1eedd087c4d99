package io.custmgr.library.hibernate;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.hibernate.SuccessfulPaymentTransaction;
import io.custmgr.library.service.LibraryService;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
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
        PaymentTransaction transaction = SuccessfulPaymentTransaction.of(event);
        if (transaction == null || !PaymentTransactionType.REFUND.equals(transaction.getType())) {
            return;
        }
        LibraryService library = ListenerBridge.lookup(LibraryService.class);
        if (library != null) {
            library.revokeRefundedOrder(SuccessfulPaymentTransaction.orderOf(transaction).getId());
        }
    }
}
