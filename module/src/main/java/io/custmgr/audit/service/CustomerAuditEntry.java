package io.custmgr.audit.service;

import io.custmgr.audit.type.CustomerAuditAction;

/** One audit line before it is written: the customer is known, or only the changed address is (resolved at write). */
public final class CustomerAuditEntry {

    private final Long customerId;
    private final Long addressId;
    private final CustomerAuditAction action;
    private final String field;
    private final String before;
    private final String after;
    private final String detail;

    private CustomerAuditEntry(Long customerId, Long addressId, CustomerAuditAction action, String field,
            String before, String after, String detail) {
        this.customerId = customerId;
        this.addressId = addressId;
        this.action = action;
        this.field = field;
        this.before = before;
        this.after = after;
        this.detail = detail;
    }

    public static CustomerAuditEntry of(Long customerId, CustomerAuditAction action, String detail) {
        return new CustomerAuditEntry(customerId, null, action, null, null, null, detail);
    }

    public static CustomerAuditEntry fieldChange(Long customerId, CustomerAuditAction action, String field,
            String before, String after) {
        return new CustomerAuditEntry(customerId, null, action, field, before, after, null);
    }

    /** A change of an address row whose owning customer is looked up when the entry is written. */
    public static CustomerAuditEntry addressFieldChange(Long addressId, String field, String before, String after) {
        return new CustomerAuditEntry(null, addressId, CustomerAuditAction.ADDRESS_CHANGED, field, before, after, null);
    }

    public CustomerAuditEntry forCustomer(Long owner, String addressName) {
        return new CustomerAuditEntry(owner, addressId, action, field, before, after, addressName);
    }

    public Long getCustomerId() { return customerId; }
    public Long getAddressId() { return addressId; }
    public CustomerAuditAction getAction() { return action; }
    public String getField() { return field; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getDetail() { return detail; }
}
