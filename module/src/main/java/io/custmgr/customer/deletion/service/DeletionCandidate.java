package io.custmgr.customer.deletion.service;

import io.custmgr.customer.deletion.type.KeepRule;

import java.io.Serializable;

/** A customer picked for deletion, for a confirmation page: who it is and the rule refusing it (null: deletable). */
public final class DeletionCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String email;
    private final String name;
    private final KeepRule refusal;

    public DeletionCandidate(long customerId, String email, String name, KeepRule refusal) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.refusal = refusal;
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public KeepRule getRefusal() { return refusal; }
    public boolean isDeletable() { return refusal == null; }
}
