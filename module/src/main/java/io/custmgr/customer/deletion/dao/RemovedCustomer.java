package io.custmgr.customer.deletion.dao;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A deleted customer: its id, its e-mail, and how many rows of each kind (in the order of the kinds) went with it. */
public final class RemovedCustomer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String email;
    private final Map<String, Integer> rows = new LinkedHashMap<String, Integer>();

    public RemovedCustomer(long customerId, String email) {
        this.customerId = customerId;
        this.email = email;
    }

    void add(String kind, int count) {
        if (count > 0) {
            Integer before = rows.get(kind);
            rows.put(kind, (before == null ? 0 : before) + count);
        }
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    /** @return kind of row (e.g. "page views") to count, only kinds it had */
    public Map<String, Integer> getRows() {
        return Collections.unmodifiableMap(rows);
    }

    /** @return e.g. "carts and wishlists: 1, order items: 2, page views: 14", or "nothing else" */
    public String describeRows() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Integer> kind : rows.entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(kind.getKey()).append(": ")
                    .append(kind.getValue());
        }
        return text.length() == 0 ? "nothing else" : text.toString();
    }
}
