package io.custmgr.duplicates.dao;

/** Receives the rows a match key is computed from, ordered by customer id. */
public interface SourceRowHandler {

    /** @param values the source columns of the row in the order the reading method documents; any may be null */
    void row(long customerId, String[] values);
}
