package io.custmgr.duplicates.service;

import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.async.BatchSink;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.duplicates.dao.CustomerMatchKeyDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the match keys fresh between full refreshes (bean {@code cmCustomerMatchKeyRefresher}): the Hibernate listener
 * offers each committed change of a customer or of its addresses; one background thread refreshes the keys of a
 * batch of changed customers at once ({@link DuplicateCustomerFinder#refreshKeysOf}). Changes made by plain SQL
 * (imports, the merge's set-based moves) are not seen: a full refresh picks them up.
 */
public class CustomerMatchKeyRefresher extends BackgroundBatchQueue<CustomerMatchKeyChange>
        implements CustomerMatchKeyChanges {

    private static final Log LOG = LogFactory.getLog(CustomerMatchKeyRefresher.class);

    private final boolean enabled;

    public CustomerMatchKeyRefresher(final DuplicateCustomerFinder finder, final CustomerMatchKeyDao dao,
            boolean enabled, int queueCapacity, int batchSize, long flushIntervalMs) {
        super("match key changes", new BatchSink<CustomerMatchKeyChange>() {
            @Override
            public void write(List<CustomerMatchKeyChange> batch) {
                Set<Long> customers = new LinkedHashSet<Long>();
                List<Long> addresses = new ArrayList<Long>();
                for (CustomerMatchKeyChange change : batch) {
                    if (change.getCustomerId() != null) {
                        customers.add(change.getCustomerId());
                    } else if (change.getAddressId() != null) {
                        addresses.add(change.getAddressId());
                    }
                }
                customers.addAll(dao.readCustomerIdsOfAddresses(addresses));
                finder.refreshKeysOf(customers);
            }
        }, queueCapacity, batchSize, flushIntervalMs, LOG);
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (enabled) {
            super.start();
            ListenerBridge.register(CustomerMatchKeyChanges.class, this);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        ListenerBridge.unregister(CustomerMatchKeyChanges.class, this);
        super.destroy();
    }
}
