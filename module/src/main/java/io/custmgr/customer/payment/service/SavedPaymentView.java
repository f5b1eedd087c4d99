package io.custmgr.customer.payment.service;

import java.util.Collections;
import java.util.List;

/**
 * A saved payment method (Broadleaf's customer payment) in its masked form, the only form any page, log or export
 * gets: kind of card or account, last four digits, expiry, default flag and billing address. Never the gateway
 * token nor any other stored field.
 */
public class SavedPaymentView {

    private final Long id;
    private final String type;
    private final String lastFour;
    private final CardExpiry expiry;
    private final boolean defaultPayment;
    private final List<String> billingAddressLines;

    public SavedPaymentView(Long id, String type, String lastFour, CardExpiry expiry, boolean defaultPayment,
            List<String> billingAddressLines) {
        this.id = id;
        this.type = type;
        this.lastFour = lastFour;
        this.expiry = expiry;
        this.defaultPayment = defaultPayment;
        this.billingAddressLines = Collections.unmodifiableList(billingAddressLines);
    }

    public Long getId() { return id; }
    /** E.g. "Visa", "Credit card"; "Saved payment" when nothing says. */
    public String getType() { return type; }
    /** Exactly four digits, or null when not known. */
    public String getLastFour() { return lastFour; }
    /** Null when not known. */
    public CardExpiry getExpiry() { return expiry; }
    public boolean isDefaultPayment() { return defaultPayment; }
    public List<String> getBillingAddressLines() { return billingAddressLines; }

    /** E.g. "Visa ending in 4242". */
    public String getLabel() {
        return lastFour == null ? type : type + " ending in " + lastFour;
    }

    @Override
    public String toString() {
        return getLabel() + (expiry == null ? "" : ", expires " + expiry);
    }
}
