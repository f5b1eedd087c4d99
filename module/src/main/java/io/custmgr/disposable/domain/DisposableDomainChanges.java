package io.custmgr.disposable.domain;

import io.custmgr.common.tx.AfterCommit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter bumped whenever a disposable domain is saved or removed in this class loader (through the service or the
 * admin's generic forms), so a cache of domains in the same webapp reloads at once. Another webapp sees changes when
 * its cache expires.
 */
public final class DisposableDomainChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    private DisposableDomainChanges() {
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
