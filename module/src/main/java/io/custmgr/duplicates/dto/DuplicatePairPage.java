package io.custmgr.duplicates.dto;

import java.util.Collections;
import java.util.List;

/** One page of possible duplicate pairs. */
public class DuplicatePairPage {

    private final List<DuplicatePair> pairs;
    private final long total;
    private final int page;
    private final int pageSize;

    public DuplicatePairPage(List<DuplicatePair> pairs, long total, int page, int pageSize) {
        this.pairs = Collections.unmodifiableList(pairs);
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<DuplicatePair> getPairs() {
        return pairs;
    }

    /** @return pairs on all pages */
    public long getTotal() {
        return total;
    }

    /** @return this page's number, from 0 (a page asked beyond the last is the last) */
    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getLastPage() {
        return (int) Math.max(0, (total - 1) / pageSize);
    }
}
