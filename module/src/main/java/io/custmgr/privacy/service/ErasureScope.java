package io.custmgr.privacy.service;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * One batch of customers being erased (at most {@code InLists.MAX} ids, all of them cleared by the refusal rules),
 * with the erasure's time. Steps select the customers as {@code IN (:ids)} with {@link #params()}.
 */
public final class ErasureScope {

    /** Put into a statement as {@code WHERE CUSTOMER_ID IN (" + IDS + ")"}. */
    public static final String IDS = ":ids";

    private final List<Long> customerIds;
    private final Date now;

    public ErasureScope(List<Long> customerIds, Date now) {
        this.customerIds = Collections.unmodifiableList(new ArrayList<Long>(customerIds));
        this.now = new Date(now.getTime());
    }

    public List<Long> getCustomerIds() {
        return customerIds;
    }

    public Date getNow() {
        return new Date(now.getTime());
    }

    /** @return a new parameter source with {@code :ids} and {@code :now}; steps may add their own */
    public MapSqlParameterSource params() {
        return new MapSqlParameterSource("ids", customerIds).addValue("now", new Timestamp(now.getTime()));
    }
}
