package io.custmgr.ipblock.domain;

import io.custmgr.common.tx.AfterCommit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter bumped whenever a block is saved or removed in this class loader (through the service or the admin's
 * generic forms), so a cache of blocks in the same webapp reloads at once. Another webapp (the storefront beside the
 * admin) sees changes when its cache expires.
 */
public final class BlockedIpChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    private BlockedIpChanges() {
    }

    /** Bumps now (the changing transaction sees its own change) and again after commit (others read it then). */
    public static void changed() {
        VERSION.incrementAndGet();
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
