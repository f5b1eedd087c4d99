package io.custmgr.search.change;

import io.custmgr.common.async.BackgroundBatchQueue;
import io.custmgr.common.async.BatchSink;
import io.custmgr.common.change.CustomerChangeSink;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.search.dao.PendingIndexChangeDao;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bean {@code cmIndexChangeWriter}, in every webapp: takes committed changes (the Hibernate listener's and
 * {@code CustomerChanges}'), and writes the changed customers to the outbox ({@code CM_SEARCH_PENDING}) in batches
 * from one background thread, where the index owner picks them up. Addresses, phones and groups are turned into their
 * customers here, set-based. A batch lost (queue full, database down) is covered by the reconcile step.
 */
public class IndexChangeWriter extends BackgroundBatchQueue<IndexChange> implements IndexChanges,
        CustomerChangeSink {

    private static final Log LOG = LogFactory.getLog(IndexChangeWriter.class);

    public IndexChangeWriter(final PendingIndexChangeDao dao, PlatformTransactionManager transactionManager,
            int queueCapacity, int batchSize, long flushIntervalMs) {
        super("search index changes", sink(dao, new TransactionTemplate(transactionManager)), queueCapacity,
                batchSize, flushIntervalMs, LOG);
    }

    private static BatchSink<IndexChange> sink(final PendingIndexChangeDao dao, final TransactionTemplate tx) {
        return new BatchSink<IndexChange>() {
            @Override
            public void write(final List<IndexChange> batch) {
                tx.execute(new TransactionCallbackWithoutResult() {
                    @Override
                    protected void doInTransactionWithoutResult(TransactionStatus status) {
                        dao.insert(customersOf(dao, batch));
                    }
                });
            }
        };
    }

    static Set<Long> customersOf(PendingIndexChangeDao dao, List<IndexChange> batch) {
        Set<Long> customers = new LinkedHashSet<Long>();
        List<Long> addresses = new ArrayList<Long>();
        List<Long> phones = new ArrayList<Long>();
        List<Long> groups = new ArrayList<Long>();
        for (IndexChange change : batch) {
            switch (change.getKind()) {
                case ADDRESS:
                    addresses.add(change.getId());
                    break;
                case PHONE:
                    phones.add(change.getId());
                    break;
                case GROUP:
                    groups.add(change.getId());
                    break;
                default:
                    customers.add(change.getId());
            }
        }
        customers.addAll(dao.customersOfAddresses(addresses));
        customers.addAll(dao.customersOfPhones(phones));
        customers.addAll(dao.membersOfGroups(groups));
        return customers;
    }

    @Override
    public synchronized void start() {
        super.start();
        ListenerBridge.register(IndexChanges.class, this);
        ListenerBridge.register(CustomerChangeSink.class, this);
    }

    @Override
    public void customersChanged(Collection<Long> customerIds) {
        for (Long id : customerIds) {
            if (id != null) {
                offer(IndexChange.of(IndexChange.Kind.CUSTOMER, id));
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        ListenerBridge.unregister(IndexChanges.class, this);
        ListenerBridge.unregister(CustomerChangeSink.class, this);
        super.destroy();
    }
}
