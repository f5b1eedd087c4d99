package io.custmgr.common.version;

/**
 * The database versions of the lists a node keeps in memory, so a change made on any node (the admin's forms, a
 * service, SQL that bumps the row) reaches every node's copy within {@code custmgr.cluster.versionCheckSeconds}.
 * Bean {@code cmCacheVersions}; registered with {@link io.custmgr.common.hibernate.ListenerBridge} so entity
 * callbacks that see a change can bump without a reference to it.
 */
public interface CacheVersions {

    /** Row names of the module's lists. */
    String BLOCKED_IPS = "ipblock";
    String DISPOSABLE_DOMAINS = "disposableDomains";

    /**
     * Adds one to {@code name}'s version in the caller's transaction (its connection: the change and the bump commit
     * or roll back together; without a transaction it commits at once). Creates the row when missing. The row stays
     * locked until the transaction ends, so concurrent changes of one list queue up; never throws for a missing row.
     */
    void bump(String name);

    /** @return {@code name}'s version read now (one primary-key read), 0 while no change was ever recorded */
    long read(String name);

    /**
     * @return {@code name}'s version as read at most {@code custmgr.cluster.versionCheckSeconds} ago: one caller
     *         reads the database when that time is up, the others meanwhile get the previous value (never blocks)
     */
    long current(String name);
}
