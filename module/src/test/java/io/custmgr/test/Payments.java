package io.custmgr.test;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Order payments and their transactions written through Broadleaf's own service, so Hibernate's listeners see them;
 * callers hold the transaction. {@link #deleteAll} removes them before the orders go.
 */
public final class Payments {

    private final OrderService orderService;
    private final OrderPaymentService paymentService;
    private final List<Long> payments = new ArrayList<Long>();

    public Payments(OrderService orderService, OrderPaymentService paymentService) {
        this.orderService = orderService;
        this.paymentService = paymentService;
    }

    /** A credit card payment of the order with a successful capture of the amount; @return the payment's id */
    public Long pay(long orderId, String amount) {
        Order order = orderService.findOrderById(orderId);
        OrderPayment payment = paymentService.create();
        payment.setOrder(order);
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setAmount(new Money(amount, "USD"));
        payment = paymentService.save(payment);
        payments.add(payment.getId());
        transact(payment.getId(), PaymentTransactionType.AUTHORIZE_AND_CAPTURE, amount, true);
        return payment.getId();
    }

    public void transact(Long paymentId, PaymentTransactionType type, String amount, boolean success) {
        OrderPayment payment = paymentService.readPaymentById(paymentId);
        PaymentTransaction transaction = paymentService.createTransaction();
        transaction.setOrderPayment(payment);
        transaction.setType(type);
        transaction.setAmount(new Money(amount, "USD"));
        transaction.setSuccess(success);
        // the saved (merged) copy: adding the unsaved one as well would cascade a second insert at flush
        payment.addTransaction(paymentService.save(transaction));
    }

    public void deleteAll(JdbcTemplate jdbc) {
        for (Long id : payments) {
            jdbc.update("DELETE FROM BLC_TRANS_ADDITNL_FIELDS WHERE PAYMENT_TRANSACTION_ID IN (SELECT"
                    + " PAYMENT_TRANSACTION_ID FROM BLC_ORDER_PAYMENT_TRANSACTION WHERE ORDER_PAYMENT = ?)", id);
            jdbc.update("UPDATE BLC_ORDER_PAYMENT_TRANSACTION SET PARENT_TRANSACTION = NULL WHERE ORDER_PAYMENT = ?", id);
            jdbc.update("DELETE FROM BLC_ORDER_PAYMENT_TRANSACTION WHERE ORDER_PAYMENT = ?", id);
            jdbc.update("DELETE FROM BLC_ORDER_PAYMENT WHERE ORDER_PAYMENT_ID = ?", id);
        }
        payments.clear();
    }
}
