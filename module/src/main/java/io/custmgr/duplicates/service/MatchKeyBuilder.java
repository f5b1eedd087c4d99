package io.custmgr.duplicates.service;

import io.custmgr.duplicates.dao.CustomerMatchKeyDao;
import io.custmgr.duplicates.dao.SourceRowHandler;
import io.custmgr.duplicates.domain.CustomerMatchKeyId;
import io.custmgr.duplicates.type.DuplicateReason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns streamed source rows into keys and writes them in batches: one builder per rebuild. Source rows come ordered by
 * customer, so a customer's duplicates within one kind (the same phone on the profile and on an address) are dropped
 * by remembering only the current customer's keys.
 */
class MatchKeyBuilder {

    private final CustomerMatchKeyDao dao;
    private final int batchSize;
    private final List<CustomerMatchKeyId> batch = new ArrayList<CustomerMatchKeyId>();
    private long written;

    MatchKeyBuilder(CustomerMatchKeyDao dao, int batchSize) {
        this.dao = dao;
        this.batchSize = batchSize;
    }

    /** A handler for one kind's source rows; {@code keys} makes a customer's keys from one row. */
    SourceRowHandler handlerFor(final DuplicateReason reason, final RowKeys keys) {
        return new SourceRowHandler() {
            private long customer = Long.MIN_VALUE;
            private final Set<String> seen = new HashSet<String>();

            @Override
            public void row(long customerId, String[] values) {
                if (customerId != customer) {
                    customer = customerId;
                    seen.clear();
                }
                for (String key : keys.keys(values)) {
                    if (key != null && seen.add(key)) {
                        add(new CustomerMatchKeyId(customerId, reason.getCode(), key));
                    }
                }
            }
        };
    }

    private void add(CustomerMatchKeyId key) {
        batch.add(key);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            dao.insertKeys(new ArrayList<CustomerMatchKeyId>(batch));
            written += batch.size();
            batch.clear();
        }
    }

    long getWritten() {
        return written;
    }

    /** The keys (null entries ignored) of one source row. */
    interface RowKeys {
        String[] keys(String[] values);
    }
}
