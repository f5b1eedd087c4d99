package io.custmgr.customer.orders.transaction;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.customer.orders.dao.TransactionDao;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

import static io.custmgr.customer.orders.transaction.InvalidTransactionException.*;

@Service("cmManualTransactionService")
public class ManualTransactionServiceImpl implements ManualTransactionService {

    static final String RAW_RESPONSE = "Recorded manually in the admin";

    @Resource(name = "cmTransactionDao")
    protected TransactionDao dao;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService paymentService;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    @Override
    @Transactional("blTransactionManager")
    public List<Long> record(Long customerId, ManualTransaction request) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        boolean refund = ManualTransaction.REFUND.equals(request.getKind());
        if (!refund && !ManualTransaction.PAYMENT.equals(request.getKind())) {
            errors.put(FIELD_KIND, REQUIRED);
        }
        TransactionOrder order = lockedOrder(customerId, request.getOrderId(), errors);
        Currency currency = order == null ? null : currency(order.getCurrencyCode());
        BigDecimal amount = ManualTransactionRules.amount(request.getAmount(),
                currency == null ? 2 : Math.max(0, currency.getDefaultFractionDigits()), errors);
        PaymentType method = refund ? null : method(request.getMethod(), errors);
        String reference = ManualTransactionRules.text(request.getReference(), FIELD_REFERENCE, false, errors);
        Date time = ManualTransactionRules.time(request.getTime(), new Date(), errors);
        String reason = ManualTransactionRules.text(request.getReason(), FIELD_REASON, true, errors);
        if (order != null && time != null && order.getSubmitDate() != null && time.before(order.getSubmitDate())) {
            errors.put(FIELD_TIME, BEFORE_ORDER);
        }
        if (order != null && amount != null && !errors.containsKey(FIELD_KIND)) {
            if (refund && amount.compareTo(order.getRefundable()) > 0) {
                errors.put(FIELD_AMOUNT, ABOVE_CAPTURED);
            } else if (!refund && amount.compareTo(order.getPayable()) > 0) {
                errors.put(FIELD_AMOUNT, ABOVE_OUTSTANDING);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTransactionException(errors);
        }
        Manual manual = new Manual(amount, order.getCurrencyCode(), time, reference, reason);
        List<Long> written = refund ? refund(order, manual) : pay(order, method, manual);
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.TRANSACTION_RECORDED,
                describe(refund ? "Refund" : "Payment (" + method.getFriendlyType() + ")", order, manual)));
        return written;
    }

    /** The customer's order, its row locked and its sums read after the lock; null (and an error) otherwise. */
    private TransactionOrder lockedOrder(Long customerId, Long orderId, Map<String, String> errors) {
        if (orderId == null) {
            errors.put(FIELD_ORDER, REQUIRED);
            return null;
        }
        if (dao.readOrder(customerId, orderId) == null) {
            errors.put(FIELD_ORDER, NOT_CUSTOMERS_ORDER);
            return null;
        }
        dao.lockOrder(orderId);
        return dao.readOrder(customerId, orderId);
    }

    private List<Long> pay(TransactionOrder placed, PaymentType method, Manual manual) {
        Order order = orderService.findOrderById(placed.getId());
        OrderPayment payment = paymentService.create();
        payment.setOrder(order);
        payment.setType(method);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(manual.money(manual.amount));
        payment.setReferenceNumber(manual.reference);
        payment = paymentService.save(payment);
        order.getPayments().add(payment);
        return Collections.singletonList(transact(payment, PaymentTransactionType.AUTHORIZE_AND_CAPTURE,
                manual.amount, null, manual));
    }

    /** Newest payment first, each refunded at most what it captured and has not refunded. */
    private List<Long> refund(TransactionOrder order, Manual manual) {
        List<PaidAmounts> payments = dao.readPayments(order.getId());
        Collections.reverse(payments);
        List<Long> written = new ArrayList<Long>();
        BigDecimal left = manual.amount;
        for (PaidAmounts paid : payments) {
            BigDecimal part = left.min(paid.getRefundable());
            if (part.signum() <= 0) {
                continue;
            }
            OrderPayment payment = paymentService.readPaymentById(paid.getId());
            written.add(transact(payment, PaymentTransactionType.REFUND, part, capture(payment), manual));
            left = left.subtract(part);
            if (left.signum() <= 0) {
                break;
            }
        }
        return written;
    }

    private Long transact(OrderPayment payment, PaymentTransactionType type, BigDecimal amount,
            PaymentTransaction parent, Manual manual) {
        PaymentTransaction transaction = paymentService.createTransaction();
        transaction.setOrderPayment(payment);
        transaction.setParentTransaction(parent);
        transaction.setType(type);
        transaction.setAmount(manual.money(amount));
        transaction.setDate(manual.time);
        transaction.setSuccess(true);
        transaction.setRawResponse(RAW_RESPONSE);
        transaction.getAdditionalFields().put(REASON_FIELD, manual.reason);
        if (manual.reference != null) {
            transaction.getAdditionalFields().put(REFERENCE_FIELD, manual.reference);
        }
        String admin = audit.currentActor().getName();
        if (admin != null) {
            transaction.getAdditionalFields().put(RECORDED_BY_FIELD, admin);
        }
        transaction = paymentService.save(transaction);
        payment.addTransaction(transaction);
        return transaction.getId();
    }

    /** The payment's first successful capture, which a refund refers to as its parent; may be null. */
    private static PaymentTransaction capture(OrderPayment payment) {
        for (PaymentTransaction transaction : payment.getTransactions()) {
            boolean captured = PaymentTransactionType.CAPTURE.equals(transaction.getType())
                    || PaymentTransactionType.AUTHORIZE_AND_CAPTURE.equals(transaction.getType());
            if (captured && Boolean.TRUE.equals(transaction.getSuccess())) {
                return transaction;
            }
        }
        return null;
    }

    private static PaymentType method(String code, Map<String, String> errors) {
        String trimmed = code == null ? "" : code.trim();
        PaymentType method = trimmed.isEmpty() ? null : PaymentType.getInstance(trimmed);
        if (method == null) {
            errors.put(FIELD_METHOD, trimmed.isEmpty() ? REQUIRED : UNKNOWN);
        }
        return method;
    }

    private static Currency currency(String code) {
        if (code != null) {
            try {
                return Currency.getInstance(code.trim());
            } catch (IllegalArgumentException e) {
                // an order in a currency Java does not know: Broadleaf's default below
            }
        }
        return Money.defaultCurrency();
    }

    static String describe(String what, TransactionOrder order, Manual manual) {
        return what + " of " + manual.amount.toPlainString()
                + (manual.currencyCode == null ? "" : " " + manual.currencyCode) + " on order "
                + (order.getOrderNumber() == null ? "#" + order.getId() : order.getOrderNumber()) + " at "
                + new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT).format(manual.time)
                + (manual.reference == null ? "" : ", reference " + manual.reference) + ": " + manual.reason;
    }

    /** The checked values every transaction of one request shares. */
    static final class Manual {

        final BigDecimal amount;
        final String currencyCode;
        final Date time;
        final String reference;
        final String reason;

        Manual(BigDecimal amount, String currencyCode, Date time, String reference, String reason) {
            this.amount = amount;
            this.currencyCode = currencyCode;
            this.time = time;
            this.reference = reference;
            this.reason = reason;
        }

        Money money(BigDecimal value) {
            return currencyCode == null ? new Money(value) : new Money(value, currencyCode);
        }
    }
}
