package io.custmgr.privacy.dao;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The customer an erasure is about, as the confirmation shows it: who, and how many rows of each kind go or stay. */
public final class ErasureSubject {

    private final long customerId;
    private final String email;
    private final String name;
    private final Map<String, Long> erased;
    private final long ordersKept;

    public ErasureSubject(long customerId, String email, String name, Map<String, Long> erased, long ordersKept) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.erased = Collections.unmodifiableMap(new LinkedHashMap<String, Long>(erased));
        this.ordersKept = ordersKept;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    /** @return first and last name, or null when the customer has none */
    public String getName() {
        return name;
    }

    /** @return the label of each kind of row that goes (e.g. "Page views") and how many the customer has */
    public Map<String, Long> getErased() {
        return erased;
    }

    /** @return the placed orders that stay, with their totals, items and tax, without personal data */
    public long getOrdersKept() {
        return ordersKept;
    }

    /** @return "Jane Doe (jane@example.com)", or the e-mail alone; what the confirmation and audit-free result name */
    public String getLabel() {
        return name == null ? String.valueOf(email) : name + " (" + email + ")";
    }
}
