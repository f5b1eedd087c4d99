package io.custmgr.disposable.service;

import io.custmgr.common.version.CacheVersions;
import io.custmgr.disposable.dao.DisposableDomainDao;
import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.disposable.domain.DisposableDomainChanges;
import io.custmgr.disposable.domain.DisposableDomainNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

@Service("cmDisposableDomainService")
public class DisposableDomainServiceImpl implements DisposableDomainService {

    @Resource(name = "cmDisposableDomainDao")
    protected DisposableDomainDao domainDao;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Resource(name = "cmCacheVersions")
    protected CacheVersions cacheVersions;

    /** The safety net: the list is read again after this long even when no version changed (e.g. SQL by hand). */
    @Value("${custmgr.disposableDomains.cacheSeconds}")
    protected int cacheSeconds;

    private volatile Snapshot snapshot;

    @Override
    public boolean isDisposable(String emailOrDomain) {
        String domain = DisposableDomainNames.domainOf(emailOrDomain);
        if (domain == null || domain.isEmpty()) {
            return false;
        }
        Set<String> listed = listed();
        for (String name : DisposableDomainNames.withParents(domain)) {
            if (listed.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> listed() {
        Snapshot current = snapshot;
        if (current == null || !isFresh(current)) {
            // a few thousand names at most: concurrent reloads are harmless, so no lock
            long version = DisposableDomainChanges.version();
            long databaseVersion = cacheVersions.read(CacheVersions.DISPOSABLE_DOMAINS);
            TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
            readOnly.setReadOnly(true);
            Set<String> names = readOnly.execute(new TransactionCallback<Set<String>>() {
                @Override
                public Set<String> doInTransaction(TransactionStatus status) {
                    return domainDao.readDomainNames();
                }
            });
            current = new Snapshot(Collections.unmodifiableSet(names), version, databaseVersion, System.nanoTime());
            snapshot = current;
        }
        return current.names;
    }

    @Override
    @Transactional("blTransactionManager")
    public DisposableDomain add(String domain) {
        String normalized = DisposableDomainNames.normalize(domain);
        if (!DisposableDomainNames.isValid(normalized)) {
            throw new IllegalArgumentException("Not a domain name: enter e.g. mailinator.com");
        }
        DisposableDomain existing = domainDao.readByDomain(normalized);
        if (existing != null) {
            return existing;
        }
        DisposableDomain entry = domainDao.create();
        entry.setDomain(normalized);
        entry.setSource(DisposableDomain.SOURCE_MERCHANT);
        return domainDao.save(entry);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String checkDomain(String domain, Long exceptId) {
        String normalized = DisposableDomainNames.normalize(domain);
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        if (!DisposableDomainNames.isValid(normalized)) {
            return DOMAIN_INVALID;
        }
        DisposableDomain holder = domainDao.readByDomain(normalized);
        return holder != null && !holder.getId().equals(exceptId) ? DOMAIN_TAKEN : null;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean remove(Long id) {
        DisposableDomain entry = domainDao.readById(id);
        if (entry == null) {
            return false;
        }
        domainDao.delete(entry);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public DisposableDomain findById(Long id) {
        return domainDao.readById(id);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DisposableDomain> findAll() {
        return domainDao.readAll();
    }

    @Override
    @Transactional("blTransactionManager")
    public int loadShipped(List<String> shippedDomains) {
        Set<String> fresh = new LinkedHashSet<String>();
        for (String domain : shippedDomains) {
            String normalized = DisposableDomainNames.normalize(domain);
            if (DisposableDomainNames.isValid(normalized)) {
                fresh.add(normalized);
            }
        }
        fresh.removeAll(domainDao.readShippedNames());
        if (fresh.isEmpty()) {
            return 0;
        }
        int added = domainDao.insertShipped(fresh, domainDao.readDomainNames());
        DisposableDomainChanges.changed();
        return added;
    }

    private boolean isFresh(Snapshot current) {
        return current.version == DisposableDomainChanges.version()
                && System.nanoTime() - current.loadedAt < TimeUnit.SECONDS.toNanos(cacheSeconds)
                && current.databaseVersion == cacheVersions.current(CacheVersions.DISPOSABLE_DOMAINS);
    }

    private static final class Snapshot {
        final Set<String> names;
        final long version;
        final long databaseVersion;
        final long loadedAt;

        Snapshot(Set<String> names, long version, long databaseVersion, long loadedAt) {
            this.names = names;
            this.version = version;
            this.databaseVersion = databaseVersion;
            this.loadedAt = loadedAt;
        }
    }
}
