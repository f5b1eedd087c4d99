package io.custmgr.library.service;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/** What rebuilding one customer's library changed: product ids added (or restored) and revoked. */
public final class RebuildResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Long> added;
    private final List<Long> removed;

    public RebuildResult(List<Long> added, List<Long> removed) {
        this.added = Collections.unmodifiableList(added);
        this.removed = Collections.unmodifiableList(removed);
    }

    public List<Long> getAdded() {
        return added;
    }

    public List<Long> getRemoved() {
        return removed;
    }
}
