package io.custmgr.common.version;

import io.custmgr.common.hibernate.ListenerBridge;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Plain SQL on {@code CM_CACHE_VERSION} through the module's JDBC template (it joins blTransactionManager's work). */
public class CacheVersionsImpl implements CacheVersions {

    private static final Log LOG = LogFactory.getLog(CacheVersionsImpl.class);

    private static final String TABLE = CacheVersionImpl.TABLE;

    private final JdbcTemplate jdbc;
    private final long checkNanos;
    private final ConcurrentMap<String, Checked> checked = new ConcurrentHashMap<String, Checked>();

    public CacheVersionsImpl(JdbcTemplate jdbc, int versionCheckSeconds) {
        this.jdbc = jdbc;
        this.checkNanos = TimeUnit.SECONDS.toNanos(Math.max(0, versionCheckSeconds));
    }

    /** Creates the rows of the module's lists (so a bump never races another node's insert) and registers. */
    public void start() {
        for (String name : new String[] {BLOCKED_IPS, DISPOSABLE_DOMAINS}) {
            if (!jdbc.queryForList("SELECT VERSION FROM " + TABLE + " WHERE NAME = ?", Long.class, name).isEmpty()) {
                continue;
            }
            try {
                jdbc.update("INSERT INTO " + TABLE + " (NAME, VERSION, CHANGED_AT) VALUES (?, 0, ?)", name,
                        new Timestamp(System.currentTimeMillis()));
            } catch (DataIntegrityViolationException raced) {
                LOG.debug("Another node created the version row of " + name);
            }
        }
        ListenerBridge.register(CacheVersions.class, this);
    }

    public void stop() {
        ListenerBridge.unregister(CacheVersions.class, this);
    }

    @Override
    public void bump(String name) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        if (jdbc.update("UPDATE " + TABLE + " SET VERSION = VERSION + 1, CHANGED_AT = ? WHERE NAME = ?", now,
                name) > 0) {
            return;
        }
        // a list of a host's own: its first change creates the row (start() creates the module's)
        jdbc.update("INSERT INTO " + TABLE + " (NAME, VERSION, CHANGED_AT) VALUES (?, 1, ?)", name, now);
    }

    /** Also raises what {@link #current} answers, so a copy loaded at this version is not taken for stale. */
    @Override
    public long read(String name) {
        List<Long> versions = jdbc.queryForList("SELECT VERSION FROM " + TABLE + " WHERE NAME = ?", Long.class, name);
        long version = versions.isEmpty() || versions.get(0) == null ? 0L : versions.get(0);
        checked(name).raiseTo(version);
        return version;
    }

    @Override
    public long current(String name) {
        Checked entry = checked.get(name);
        if (entry == null) {
            read(name);
            return checked(name).version.get();
        }
        long at = entry.checkedAt.get();
        if (System.nanoTime() - at >= checkNanos && entry.checkedAt.compareAndSet(at, System.nanoTime())) {
            try {
                read(name);
            } catch (DataAccessException e) {
                // the lists keep their copy; their time-based reload is the safety net
                LOG.warn("Could not read the version of " + name + ": " + e.getMessage());
            }
        }
        return entry.version.get();
    }

    private Checked checked(String name) {
        Checked entry = checked.get(name);
        if (entry == null) {
            Checked raced = checked.putIfAbsent(name, entry = new Checked());
            entry = raced != null ? raced : entry;
        }
        return entry;
    }

    /** The highest version read and when it was last checked (the caller that wins the compare-and-set reads). */
    private static final class Checked {
        final AtomicLong checkedAt = new AtomicLong(System.nanoTime());
        final AtomicLong version = new AtomicLong();

        void raiseTo(long read) {
            long known = version.get();
            while (read > known && !version.compareAndSet(known, read)) {
                known = version.get();
            }
        }
    }
}
