package io.custmgr.customer.orders.transaction;

/**
 * What a merchant typed into the manual transaction form, unparsed: the service checks and parses every field, so a
 * crafted request is refused the same way as a mistyped one.
 */
public class ManualTransaction {

    public static final String PAYMENT = "PAYMENT";
    public static final String REFUND = "REFUND";

    private String kind;
    private Long orderId;
    private String amount;
    private String method;
    private String reference;
    private String time;
    private String reason;

    /** {@link #PAYMENT} or {@link #REFUND}. */
    public String getKind() { return kind; }
    public ManualTransaction setKind(String kind) { this.kind = kind; return this; }
    public Long getOrderId() { return orderId; }
    public ManualTransaction setOrderId(Long orderId) { this.orderId = orderId; return this; }
    /** A plain decimal ("12.50"), in the order's currency. */
    public String getAmount() { return amount; }
    public ManualTransaction setAmount(String amount) { this.amount = amount; return this; }
    /** A payment's method: a Broadleaf PaymentType code (CHECK, WIRE, ...); a refund goes back the way it was paid. */
    public String getMethod() { return method; }
    public ManualTransaction setMethod(String method) { this.method = method; return this; }
    public String getReference() { return reference; }
    public ManualTransaction setReference(String reference) { this.reference = reference; return this; }
    /** "yyyy-MM-dd HH:mm" or "yyyy-MM-ddTHH:mm" in the server's time zone; empty for now. */
    public String getTime() { return time; }
    public ManualTransaction setTime(String time) { this.time = time; return this; }
    public String getReason() { return reason; }
    public ManualTransaction setReason(String reason) { this.reason = reason; return this; }
}
