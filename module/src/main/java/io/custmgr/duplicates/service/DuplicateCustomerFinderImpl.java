package io.custmgr.duplicates.service;

import io.custmgr.common.jdbc.InLists;
import io.custmgr.duplicates.dao.CustomerMatchKeyDao;
import io.custmgr.duplicates.dao.CustomerPairRow;
import io.custmgr.duplicates.dao.SharedKeyRow;
import io.custmgr.duplicates.dto.DuplicateCustomer;
import io.custmgr.duplicates.dto.DuplicatePair;
import io.custmgr.duplicates.dto.DuplicatePairPage;
import io.custmgr.duplicates.dto.MatchKeyRefresh;
import io.custmgr.duplicates.dto.SharedValue;
import io.custmgr.duplicates.type.DuplicateReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmDuplicateCustomerFinder")
public class DuplicateCustomerFinderImpl implements DuplicateCustomerFinder {

    static final int MAX_PAGE_SIZE = 500;
    static final long LOCK_WAIT_SECONDS = 10L;

    @Resource(name = "cmCustomerMatchKeyDao")
    protected CustomerMatchKeyDao dao;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Value("${custmgr.duplicates.email.plusTagDomains}")
    protected String plusTagDomains;
    @Value("${custmgr.duplicates.email.dotInsensitiveDomains}")
    protected String dotInsensitiveDomains;
    @Value("${custmgr.duplicates.email.domainAliases}")
    protected String domainAliases;
    @Value("${custmgr.guest.usernameDomain}")
    protected String guestDomain;
    @Value("${custmgr.duplicates.phone.significantDigits}")
    protected int phoneSignificantDigits;
    @Value("${custmgr.duplicates.phone.minimumDigits}")
    protected int phoneMinimumDigits;
    @Value("${custmgr.duplicates.maxCustomersPerValue}")
    protected int maxCustomersPerValue;
    @Value("${custmgr.duplicates.refresh.batchSize}")
    protected int batchSize;

    protected EmailMatchKeys emailKeys;
    protected PhoneMatchKeys phoneKeys;
    protected NameAddressMatchKeys nameAddressKeys;
    private final ReentrantLock refreshing = new ReentrantLock();

    @PostConstruct
    public void init() {
        emailKeys = new EmailMatchKeys(plusTagDomains, dotInsensitiveDomains, domainAliases, guestDomain);
        phoneKeys = new PhoneMatchKeys(phoneSignificantDigits, phoneMinimumDigits);
        nameAddressKeys = new NameAddressMatchKeys();
    }

    @Override
    public MatchKeyRefresh refreshKeys() {
        try {
            // a background refresh of a few customers ends within seconds; another full refresh may take minutes
            if (!refreshing.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RefreshRunningException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefreshRunningException();
        }
        try {
            final long start = System.currentTimeMillis();
            return new TransactionTemplate(transactionManager).execute(new TransactionCallback<MatchKeyRefresh>() {
                @Override
                public MatchKeyRefresh doInTransaction(TransactionStatus status) {
                    return rebuild(start);
                }
            });
        } finally {
            refreshing.unlock();
        }
    }

    private MatchKeyRefresh rebuild(long start) {
        dao.deleteAllKeys();
        MatchKeyBuilder builder = new MatchKeyBuilder(dao, batchSize);
        writeKeys(null, builder);
        int common = dao.deleteCommonKeys(maxCustomersPerValue);
        return new MatchKeyRefresh(builder.getWritten() - common, common, System.currentTimeMillis() - start);
    }

    @Override
    public void refreshKeysOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        refreshing.lock(); // after a full refresh of this JVM, never beside it
        try {
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);
            for (final List<Long> chunk : InLists.chunks(new LinkedHashSet<Long>(customerIds))) {
                transaction.execute(new TransactionCallback<Object>() {
                    @Override
                    public Object doInTransaction(TransactionStatus status) {
                        dao.deleteKeysOf(chunk);
                        MatchKeyBuilder builder = new MatchKeyBuilder(dao, batchSize);
                        writeKeys(chunk, builder);
                        return null;
                    }
                });
            }
        } finally {
            refreshing.unlock();
        }
    }

    /** Streams the sources of these customers (null: all) into the builder and writes the rest of its batch. */
    private void writeKeys(Collection<Long> customerIds, MatchKeyBuilder builder) {
        dao.readEmails(customerIds, builder.handlerFor(DuplicateReason.EMAIL, new MatchKeyBuilder.RowKeys() {
            @Override
            public String[] keys(String[] v) {
                return new String[] {emailKeys.key(v[0]), emailKeys.key(v[1])};
            }
        }));
        dao.readPhones(customerIds, builder.handlerFor(DuplicateReason.PHONE, new MatchKeyBuilder.RowKeys() {
            @Override
            public String[] keys(String[] v) {
                return new String[] {phoneKeys.key(v[0])};
            }
        }));
        dao.readNamesAndAddresses(customerIds, builder.handlerFor(DuplicateReason.NAME_ADDRESS,
                new MatchKeyBuilder.RowKeys() {
                    @Override
                    public String[] keys(String[] v) {
                        return new String[] {nameAddressKeys.key(v[0], v[1], v[2], v[3], v[4])};
                    }
                }));
        builder.flush();
    }

    @Override
    public DuplicatePairPage findPairs(final DuplicateReason reason, final int page, final int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return readOnly.execute(new TransactionCallback<DuplicatePairPage>() {
            @Override
            public DuplicatePairPage doInTransaction(TransactionStatus status) {
                return readPage(reason == null ? null : reason.getCode(), page, pageSize);
            }
        });
    }

    private DuplicatePairPage readPage(String kind, int page, int pageSize) {
        long total = dao.countPairs(kind);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int shown = Math.min(Math.max(0, page), lastPage);
        List<CustomerPairRow> rows = total == 0 ? new ArrayList<CustomerPairRow>()
                : dao.readPairs(kind, shown * pageSize, pageSize);

        Map<CustomerPairRow, List<SharedValue>> shared = new HashMap<CustomerPairRow, List<SharedValue>>();
        for (SharedKeyRow key : dao.readSharedKeys(rows)) {
            List<SharedValue> values = shared.get(key.getPair());
            if (values == null) {
                values = new ArrayList<SharedValue>();
                shared.put(key.getPair(), values);
            }
            values.add(new SharedValue(DuplicateReason.fromCode(key.getKind()), key.getMatchKey()));
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (CustomerPairRow row : rows) {
            ids.add(row.getLowId());
            ids.add(row.getHighId());
        }
        Map<Long, DuplicateCustomer> customers = new HashMap<Long, DuplicateCustomer>();
        for (DuplicateCustomer customer : dao.readCustomers(ids)) {
            customers.put(customer.getId(), customer);
        }

        List<DuplicatePair> pairs = new ArrayList<DuplicatePair>();
        for (CustomerPairRow row : rows) {
            DuplicateCustomer low = customers.get(row.getLowId());
            DuplicateCustomer high = customers.get(row.getHighId());
            List<SharedValue> values = shared.get(row);
            if (low != null && high != null && values != null) { // both read in this transaction, so always
                pairs.add(new DuplicatePair(low, high, values));
            }
        }
        return new DuplicatePairPage(pairs, total, shown, pageSize);
    }
}
