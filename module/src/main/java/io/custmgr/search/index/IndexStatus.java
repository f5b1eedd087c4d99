package io.custmgr.search.index;

import io.custmgr.search.dao.IndexState;

import java.util.Date;

/** What the admin shows of the index: reachable, documents, waiting changes, the rebuild with rate and ETA. */
public class IndexStatus {

    private final boolean available;
    private final long documents;
    private final long customers;
    private final long pending;
    private final Date oldestPending;
    private final IndexState state;
    private final String where;

    public IndexStatus(boolean available, long documents, long customers, long pending, Date oldestPending,
            IndexState state, String where) {
        this.available = available;
        this.documents = documents;
        this.customers = customers;
        this.pending = pending;
        this.oldestPending = oldestPending;
        this.state = state;
        this.where = where;
    }

    public boolean isAvailable() {
        return available;
    }

    public long getDocuments() {
        return documents;
    }

    public long getCustomers() {
        return customers;
    }

    public long getPending() {
        return pending;
    }

    public Date getOldestPending() {
        return oldestPending;
    }

    public IndexState getState() {
        return state;
    }

    /** @return embedded, a URL or a ZooKeeper address */
    public String getWhere() {
        return where;
    }

    /** @return customers per second of the running (or last) rebuild, 0 before its first batch */
    public long getRate() {
        Date started = state.getRebuildStarted();
        Date last = state.isRebuilding() ? state.getRebuildHeartbeat() : state.getRebuildFinished();
        if (started == null || last == null || !last.after(started)) {
            return 0L;
        }
        return state.getRebuildDone() * 1000L / (last.getTime() - started.getTime());
    }

    /** @return seconds left of the running rebuild at its rate, or -1 when unknown */
    public long getEtaSeconds() {
        long rate = getRate();
        if (!state.isRebuilding() || rate <= 0) {
            return -1L;
        }
        return Math.max(0L, state.getRebuildTotal() - state.getRebuildDone()) / rate;
    }
}
