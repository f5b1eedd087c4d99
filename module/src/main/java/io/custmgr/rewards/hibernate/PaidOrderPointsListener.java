package io.custmgr.rewards.hibernate;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.hibernate.SuccessfulPaymentTransaction;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;

/**
 * Earns and takes back reward points as payment transactions are saved, whoever saves them (the checkout's gateway
 * confirmation, an admin's manual transaction, host code through Broadleaf's {@code OrderPaymentService}): a
 * successful CAPTURE or AUTHORIZE_AND_CAPTURE earns what its amount is worth, a successful REFUND takes back what its
 * amount is worth. Runs in the transaction of the insert, so the points commit or roll back with the payment. Payments
 * made with customer credit (points redeemed) earn nothing. Does nothing while no {@link RewardPointsService} is
 * registered.
 */
public class PaidOrderPointsListener implements PostInsertEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        PaymentTransaction transaction = SuccessfulPaymentTransaction.of(event);
        RewardPointsService points = ListenerBridge.lookup(RewardPointsService.class);
        if (transaction == null || points == null || transaction.getAmount() == null
                || PaymentType.CUSTOMER_CREDIT.equals(transaction.getOrderPayment().getType())) {
            return;
        }
        Order order = SuccessfulPaymentTransaction.orderOf(transaction);
        PaymentTransactionType type = transaction.getType();
        if (order.getCustomer() != null && (PaymentTransactionType.CAPTURE.equals(type)
                || PaymentTransactionType.AUTHORIZE_AND_CAPTURE.equals(type))) {
            points.earnForCapture(order.getId(), order.getCustomer().getId(), order.getCustomer().isRegistered(),
                    transaction.getAmount().getAmount());
        } else if (PaymentTransactionType.REFUND.equals(type)) {
            points.takeBackForRefund(order.getId(), transaction.getAmount().getAmount());
        }
    }
}
