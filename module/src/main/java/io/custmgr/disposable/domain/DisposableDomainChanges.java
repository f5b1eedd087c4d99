package io.custmgr.disposable.domain;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.tx.AfterCommit;
import io.custmgr.common.version.CacheVersions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter bumped whenever a disposable domain is saved or removed in this class loader (through the service or the
 * admin's generic forms), so a cache of domains in the same webapp reloads at once; other webapps and nodes see the
 * change through the list's version row (see {@link #changed()}).
 */
public final class DisposableDomainChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    private DisposableDomainChanges() {
    }

    /**
     * Bumps now (the changing transaction sees its own change) and again after commit (others read it then), and bumps
     * the list's row in {@code CM_CACHE_VERSION} in the changing transaction, so the other nodes reload within
     * {@code custmgr.cluster.versionCheckSeconds} of the commit.
     */
    public static void changed() {
        VERSION.incrementAndGet();
        CacheVersions versions = ListenerBridge.lookup(CacheVersions.class);
        if (versions != null) {
            versions.bump(CacheVersions.DISPOSABLE_DOMAINS);
        }
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                VERSION.incrementAndGet();
            }
        });
    }

    public static long version() {
        return VERSION.get();
    }
}
