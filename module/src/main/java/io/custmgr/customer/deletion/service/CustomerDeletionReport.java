package io.custmgr.customer.deletion.service;

import io.custmgr.customer.deletion.dao.RemovedCustomer;
import io.custmgr.customer.deletion.type.KeepRule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a delete of several customers did: who was deleted (with their rows), who was refused and by which rule. */
public final class CustomerDeletionReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<RemovedCustomer> deleted = new ArrayList<RemovedCustomer>();
    private final Map<Long, KeepRule> refused = new LinkedHashMap<Long, KeepRule>();

    void addDeleted(List<RemovedCustomer> customers) {
        deleted.addAll(customers);
    }

    void addRefused(Map<Long, KeepRule> refusals) {
        refused.putAll(refusals);
    }

    public List<RemovedCustomer> getDeleted() {
        return Collections.unmodifiableList(deleted);
    }

    /** @return refused customer ids and the rule refusing each, in the order given */
    public Map<Long, KeepRule> getRefused() {
        return Collections.unmodifiableMap(refused);
    }
}
