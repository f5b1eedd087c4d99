package io.custmgr.search.query;

import io.custmgr.search.export.CustomerIdSource;

import java.util.List;

/** Every customer a search matches, by ascending id, a batch at a time from the index (keyset, not offsets). */
public class SearchIdSource implements CustomerIdSource {

    private final CustomerSearchService search;
    private final CustomerSearchCriteria criteria;
    private long afterId;

    public SearchIdSource(CustomerSearchService search, CustomerSearchCriteria criteria) {
        this.search = search;
        this.criteria = criteria;
    }

    @Override
    public boolean nextBatch(List<Long> into, int max) {
        List<Long> ids = search.matchingIdsAfter(criteria, afterId, max);
        if (ids.isEmpty()) {
            return false;
        }
        into.addAll(ids);
        afterId = ids.get(ids.size() - 1);
        return true;
    }
}
