package io.custmgr.ipblock.domain;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.tx.AfterCommit;
import io.custmgr.common.version.CacheVersions;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter bumped whenever a block is saved or removed in this class loader (through the service or the admin's
 * generic forms), so a cache of blocks in the same webapp reloads at once; other webapps and nodes see the change
 * through the list's version row (see {@link #changed()}).
 */
public final class BlockedIpChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    private BlockedIpChanges() {
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
            versions.bump(CacheVersions.BLOCKED_IPS);
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
