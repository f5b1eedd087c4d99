package io.custmgr.ipblock.service;

import io.custmgr.common.version.CacheVersions;
import io.custmgr.ipblock.dao.BlockedIpDao;
import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.BlockedIpChanges;
import io.custmgr.ipblock.domain.InvalidIpRangeException;
import io.custmgr.ipblock.domain.IpRange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.annotation.Resource;

@Service("cmIpBlockService")
public class IpBlockServiceImpl implements IpBlockService {

    @Resource(name = "cmBlockedIpDao")
    protected BlockedIpDao blockedIpDao;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Resource(name = "cmCacheVersions")
    protected CacheVersions cacheVersions;

    /** The safety net: a copy is read again after this long even when no version changed (e.g. SQL by hand). */
    @Value("${custmgr.ipblock.cacheSeconds}")
    protected int cacheSeconds;

    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    @Override
    public boolean isBlocked(String ip) {
        return ip != null && matcher().isBlocked(ip);
    }

    @Override
    public BlockedIpMatcher matcher() {
        Snapshot current = snapshot;
        if (current != null && isFresh(current)) {
            return current.matcher;
        }
        // one thread reloads; the others keep answering from the previous snapshot meanwhile
        if (current == null) {
            reloading.lock();
        } else if (!reloading.tryLock()) {
            return current.matcher;
        }
        try {
            current = snapshot;
            if (current == null || !isFresh(current)) {
                current = load();
                snapshot = current;
            }
            return current.matcher;
        } finally {
            reloading.unlock();
        }
    }

    private Snapshot load() {
        long version = BlockedIpChanges.version(); // before reading: a change during the read forces another load
        long databaseVersion = cacheVersions.read(CacheVersions.BLOCKED_IPS);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        List<BlockedIpRange> ranges = readOnly.execute(new TransactionCallback<List<BlockedIpRange>>() {
            @Override
            public List<BlockedIpRange> doInTransaction(TransactionStatus status) {
                return blockedIpDao.readRanges();
            }
        });
        return new Snapshot(new BlockedIpMatcher(ranges), version, databaseVersion, System.nanoTime());
    }

    @Override
    @Transactional("blTransactionManager")
    public BlockedIp block(String ipOrCidr, String reason) {
        IpRange range = IpRange.parse(ipOrCidr);
        BlockedIp existing = blockedIpDao.readByAddress(range.toString());
        if (existing != null) {
            return existing;
        }
        BlockedIp blockedIp = blockedIpDao.create();
        blockedIp.setAddress(range.toString());
        blockedIp.setReason(trimToLength(reason, BlockedIp.REASON_LENGTH));
        return blockedIpDao.save(blockedIp);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String checkAddress(String ipOrCidr, Long exceptId) {
        IpRange range;
        try {
            range = IpRange.parse(ipOrCidr);
        } catch (InvalidIpRangeException e) {
            return e.getMessageKey();
        }
        BlockedIp holder = blockedIpDao.readByAddress(range.toString());
        return holder != null && !holder.getId().equals(exceptId) ? InvalidIpRangeException.ALREADY_BLOCKED : null;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean unblock(Long id) {
        BlockedIp blockedIp = blockedIpDao.readById(id);
        if (blockedIp == null) {
            return false;
        }
        blockedIpDao.delete(blockedIp);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BlockedIp findById(Long id) {
        return blockedIpDao.readById(id);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<BlockedIp> findAll() {
        return blockedIpDao.readAll();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<BlockedIpRange> findRanges() {
        return blockedIpDao.readRanges();
    }

    private boolean isFresh(Snapshot current) {
        return current.version == BlockedIpChanges.version()
                && System.nanoTime() - current.loadedAt < TimeUnit.SECONDS.toNanos(cacheSeconds)
                && current.databaseVersion == cacheVersions.current(CacheVersions.BLOCKED_IPS);
    }

    private static String trimToLength(String text, int length) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.length() <= length ? trimmed : trimmed.substring(0, length);
    }

    /** The matcher and when and at which change count and database version it was read. */
    private static final class Snapshot {
        final BlockedIpMatcher matcher;
        final long version;
        final long databaseVersion;
        final long loadedAt;

        Snapshot(BlockedIpMatcher matcher, long version, long databaseVersion, long loadedAt) {
            this.matcher = matcher;
            this.version = version;
            this.databaseVersion = databaseVersion;
            this.loadedAt = loadedAt;
        }
    }
}
