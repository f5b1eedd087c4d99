package io.custmgr.customer.deletion.service;

import io.custmgr.customer.deletion.type.KeepRule;

/** A customer delete refused by a rule, before anything changed; the message says why and what to do instead. */
public class CustomerDeletionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final KeepRule rule;

    public CustomerDeletionRefusedException(long customerId, KeepRule rule) {
        super(message(customerId, rule));
        this.customerId = customerId;
        this.rule = rule;
    }

    /** @return e.g. "Customer 42 was not deleted: it has placed orders, ..." */
    public static String message(long customerId, KeepRule rule) {
        return "Customer " + customerId + " was not deleted: " + rule.getDeleteRefusal();
    }

    public long getCustomerId() {
        return customerId;
    }

    public KeepRule getRule() {
        return rule;
    }
}
