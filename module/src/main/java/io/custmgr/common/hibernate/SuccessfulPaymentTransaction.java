package io.custmgr.common.hibernate;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.hibernate.event.spi.PostInsertEvent;

/** A payment transaction an insert event saved, for the listeners that follow an order's payments. */
public final class SuccessfulPaymentTransaction {

    private SuccessfulPaymentTransaction() {
    }

    /**
     * @return the inserted transaction when it is a successful one (success true or not set) of a saved order's
     *         payment, else null
     */
    public static PaymentTransaction of(PostInsertEvent event) {
        if (!(event.getEntity() instanceof PaymentTransaction)) {
            return null;
        }
        PaymentTransaction transaction = (PaymentTransaction) event.getEntity();
        Order order = orderOf(transaction);
        return Boolean.FALSE.equals(transaction.getSuccess()) || order == null || order.getId() == null ? null
                : transaction;
    }

    /** @return the order of the transaction's payment, or null */
    public static Order orderOf(PaymentTransaction transaction) {
        OrderPayment payment = transaction.getOrderPayment();
        return payment == null ? null : payment.getOrder();
    }
}
