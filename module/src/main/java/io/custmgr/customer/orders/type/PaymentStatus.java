package io.custmgr.customer.orders.type;

import io.custmgr.common.type.CodedType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An order's payment state as the customer form shows it, derived from Broadleaf 3.1's active (not archived) order
 * payments and their successful transactions: captured (CAPTURE, AUTHORIZE_AND_CAPTURE), refunded (REFUND),
 * authorized (AUTHORIZE not reversed), reversed (VOID, REVERSE_AUTH), UNCONFIRMED and failed transactions. The rules
 * live in SQL ({@code CustomerOrdersDaoImpl.PAYMENT_STATUS}) so that the order filter can match them.
 */
public class PaymentStatus extends CodedType {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PaymentStatus> TYPES = new LinkedHashMap<String, PaymentStatus>();

    /** No active payment on the order. */
    public static final PaymentStatus NONE = new PaymentStatus("NONE", "No payment");
    /** Payments without any transaction yet. */
    public static final PaymentStatus PENDING = new PaymentStatus("PENDING", "Pending");
    /** Only UNCONFIRMED transactions (e.g. a gateway's pre-checkout step). */
    public static final PaymentStatus UNCONFIRMED = new PaymentStatus("UNCONFIRMED", "Awaiting confirmation");
    public static final PaymentStatus AUTHORIZED = new PaymentStatus("AUTHORIZED", "Authorized");
    public static final PaymentStatus PARTIALLY_PAID = new PaymentStatus("PARTIALLY_PAID", "Partially paid");
    /** Captured at least the order total. */
    public static final PaymentStatus PAID = new PaymentStatus("PAID", "Paid");
    public static final PaymentStatus PARTIALLY_REFUNDED = new PaymentStatus("PARTIALLY_REFUNDED", "Partially refunded");
    /** Refunded at least what was captured. */
    public static final PaymentStatus REFUNDED = new PaymentStatus("REFUNDED", "Refunded");
    /** Authorizations voided or reversed, nothing captured. */
    public static final PaymentStatus VOIDED = new PaymentStatus("VOIDED", "Voided");
    /** Transactions, but none successful. */
    public static final PaymentStatus FAILED = new PaymentStatus("FAILED", "Failed");

    /** @return the status with this code, or null for an unknown or null code */
    public static PaymentStatus getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    public static List<PaymentStatus> all() {
        synchronized (TYPES) {
            return Collections.unmodifiableList(new ArrayList<PaymentStatus>(TYPES.values()));
        }
    }

    /** Codes whose label or code contains {@code text} (ignoring case), for the order filter. */
    public static List<String> codesMatching(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> codes = new ArrayList<String>();
        for (PaymentStatus status : all()) {
            if (status.getFriendlyType().toLowerCase(Locale.ROOT).contains(needle)
                    || status.getType().toLowerCase(Locale.ROOT).contains(needle)) {
                codes.add(status.getType());
            }
        }
        return codes;
    }

    public PaymentStatus() {
        // Broadleaf's admin instantiates enumeration types reflectively
    }

    public PaymentStatus(String type, String friendlyType) {
        super(type, friendlyType);
        synchronized (TYPES) {
            if (!TYPES.containsKey(type)) {
                TYPES.put(type, this);
            }
        }
    }
}
