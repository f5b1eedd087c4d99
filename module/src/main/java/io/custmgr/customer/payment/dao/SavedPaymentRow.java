package io.custmgr.customer.payment.dao;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A customer payment as {@link SavedPaymentDao} reads it: only the fields masking needs. */
public class SavedPaymentRow {

    private final Long id;
    private final boolean defaultPayment;
    private final Long billingAddressId;
    private final Map<String, String> fields = new HashMap<String, String>();

    public SavedPaymentRow(Long id, boolean defaultPayment, Long billingAddressId) {
        this.id = id;
        this.defaultPayment = defaultPayment;
        this.billingAddressId = billingAddressId;
    }

    public Long getId() { return id; }
    public boolean isDefaultPayment() { return defaultPayment; }
    public Long getBillingAddressId() { return billingAddressId; }
    public Map<String, String> getFields() { return Collections.unmodifiableMap(fields); }

    void putField(String name, String value) {
        fields.put(name, value);
    }
}
