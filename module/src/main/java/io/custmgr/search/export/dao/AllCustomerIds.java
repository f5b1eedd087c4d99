package io.custmgr.search.export.dao;

import io.custmgr.search.export.CustomerIdSource;

import java.util.List;

/**
 * Every customer, by ascending id, paged by keyset ({@code CUSTOMER_ID > last}): each batch is one short indexed read,
 * however far the export has come. The SQL fallback when the search index cannot be used. A customer created during
 * the export is included when its id comes after the batch being read.
 */
public final class AllCustomerIds implements CustomerIdSource {

    private final CustomerExportDao dao;
    private long last = Long.MIN_VALUE;
    private boolean done;

    public AllCustomerIds(CustomerExportDao dao) {
        this.dao = dao;
    }

    @Override
    public boolean nextBatch(List<Long> into, int max) {
        if (done) {
            return false;
        }
        List<Long> ids = dao.readIdsAfter(last, Math.max(1, max));
        if (ids.isEmpty()) {
            done = true;
            return false;
        }
        into.addAll(ids);
        last = ids.get(ids.size() - 1);
        return true;
    }
}
