package io.custmgr.search.query;

import java.util.List;

/** Customer search for the admin (bean {@code cmCustomerSearchService}, in the search context). */
public interface CustomerSearchService {

    /**
     * One page of the customers matching {@code criteria}, with facets, from the index; when the index does not
     * answer, from a SQL search of the basic fields (e-mail, user name, names, company, registration date, guest,
     * deactivated) without facets, marked as such.
     */
    CustomerSearchResult search(CustomerSearchCriteria criteria);

    /**
     * Every matching customer id in ascending order, {@code batchSize} at a time after {@code afterId}: the index's
     * keyset paging for exports and "select all matching". Throws when the index does not answer.
     */
    List<Long> matchingIdsAfter(CustomerSearchCriteria criteria, long afterId, int batchSize);

    /**
     * How many customers match, from the index: no rows, no facets, no sort (what an export of all matching needs
     * before it starts). Throws when the index does not answer.
     */
    long countMatching(CustomerSearchCriteria criteria);
}
