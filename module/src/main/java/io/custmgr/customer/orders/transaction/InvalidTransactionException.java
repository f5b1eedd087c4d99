package io.custmgr.customer.orders.transaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A manual transaction was refused; nothing was written. Errors by field of {@link ManualTransaction}. */
public class InvalidTransactionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String FIELD_KIND = "kind";
    public static final String FIELD_ORDER = "order";
    public static final String FIELD_AMOUNT = "amount";
    public static final String FIELD_METHOD = "method";
    public static final String FIELD_REFERENCE = "reference";
    public static final String FIELD_TIME = "time";
    public static final String FIELD_REASON = "reason";

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    /** Not a plain decimal number (letters, a sign, an exponent, a comma). */
    public static final String NOT_A_NUMBER = "notANumber";
    public static final String NOT_POSITIVE = "notPositive";
    /** More decimal places than the order's currency has (2 for USD, 0 for JPY). */
    public static final String TOO_PRECISE = "tooPrecise";
    public static final String TOO_LARGE = "tooLarge";
    /** A refund above what the order's payments captured and have not refunded yet. */
    public static final String ABOVE_CAPTURED = "aboveCaptured";
    /** A payment above what the order still lacks of its total. */
    public static final String ABOVE_OUTSTANDING = "aboveOutstanding";
    /** Not one of the customer's placed orders (another customer's, a cart, unknown). */
    public static final String NOT_CUSTOMERS_ORDER = "notCustomersOrder";
    public static final String NOT_A_DATE = "notADate";
    public static final String IN_FUTURE = "inFuture";
    public static final String BEFORE_ORDER = "beforeOrder";
    public static final String UNKNOWN = "unknown";

    private final Map<String, String> errors;

    public InvalidTransactionException(Map<String, String> errors) {
        super("Refused manual transaction: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(errors));
    }

    /** @return field to error code, in the order they were found */
    public Map<String, String> getErrors() {
        return errors;
    }
}
