package io.custmgr.customer.orders.detail;

import io.custmgr.customer.orders.type.PaymentStatus;
import org.broadleafcommerce.common.payment.PaymentType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One active payment of an order as its shopper may see it: the kind of payment, its amount, its state and billing
 * address. Never the gateway's reference, tokens or card data: those stay in the admin.
 */
public class OrderPaymentLine {

    private final String type;
    private final BigDecimal amount;
    private final PaymentStatus status;
    private final List<String> billingAddressLines;

    public OrderPaymentLine(String type, BigDecimal amount, PaymentStatus status, List<String> billingAddressLines) {
        this.type = type;
        this.amount = amount;
        this.status = status;
        this.billingAddressLines = Collections.unmodifiableList(billingAddressLines);
    }

    /** Broadleaf's PaymentType code (CREDIT_CARD, COD, GIFT_CARD, ...), or null. */
    public String getType() { return type; }
    /** Broadleaf's name of the payment type (e.g. "Cash On Delivery"), else its code, else "". */
    public String getTypeLabel() {
        PaymentType known = type == null ? null : PaymentType.getInstance(type);
        return known != null && known.getFriendlyType() != null ? known.getFriendlyType() : type == null ? "" : type;
    }
    public BigDecimal getAmount() { return amount; }
    /** This payment's state by the same rules as the order's (captured against its own amount). */
    public PaymentStatus getStatus() { return status; }
    public List<String> getBillingAddressLines() { return billingAddressLines; }
}
