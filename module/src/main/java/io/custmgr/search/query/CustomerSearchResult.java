package io.custmgr.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of customers, the total, facet counts, and whether the index answered (or the SQL fallback did). */
public class CustomerSearchResult {

    private final List<CustomerHit> hits;
    private final long total;
    private final Map<String, Map<String, Long>> facets;
    private final boolean fromIndex;
    private final long elapsedMs;

    public CustomerSearchResult(List<CustomerHit> hits, long total, Map<String, Map<String, Long>> facets,
            boolean fromIndex, long elapsedMs) {
        this.hits = hits;
        this.total = total;
        this.facets = facets == null ? Collections.<String, Map<String, Long>>emptyMap()
                : new LinkedHashMap<String, Map<String, Long>>(facets);
        this.fromIndex = fromIndex;
        this.elapsedMs = elapsedMs;
    }

    public List<CustomerHit> getHits() {
        return hits;
    }

    public long getTotal() {
        return total;
    }

    /** @return facet field to value to count (empty from the fallback) */
    public Map<String, Map<String, Long>> getFacets() {
        return facets;
    }

    /** @return false when the index was unavailable and the SQL fallback answered */
    public boolean isFromIndex() {
        return fromIndex;
    }

    public long getElapsedMs() {
        return elapsedMs;
    }
}
