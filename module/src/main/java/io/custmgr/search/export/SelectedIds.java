package io.custmgr.search.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The customers a merchant selected, in the order given; an id given twice is exported once. Nulls are ignored. */
public final class SelectedIds implements CustomerIdSource {

    private final List<Long> ids;
    private int next;

    public SelectedIds(Collection<Long> ids) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<Long>(ids);
        distinct.remove(null);
        this.ids = new ArrayList<Long>(distinct);
    }

    @Override
    public boolean nextBatch(List<Long> into, int max) {
        if (next >= ids.size()) {
            return false;
        }
        int end = Math.min(ids.size(), next + Math.max(1, max));
        into.addAll(ids.subList(next, end));
        next = end;
        return true;
    }

    /** @return how many customers the selection holds */
    public int size() {
        return ids.size();
    }
}
