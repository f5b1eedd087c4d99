package io.custmgr.search;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.test.CommittedCustomers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searches as the admin's search page does (request parameters), waiting for the index, which is updated after commit. */
final class Searches {

    static final long WAIT_MS = 20000L;

    private final CustomerSearchService search;

    Searches(CustomerSearchService search) {
        this.search = search;
    }

    /** Fails unless the index answers with {@code total} hits within {@link #WAIT_MS}. */
    CustomerSearchResult awaitTotal(long total, String... params) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        CustomerSearchResult result = by(params);
        while (result.getTotal() != total && System.currentTimeMillis() < deadline) {
            Thread.sleep(100L);
            result = by(params);
        }
        assertEquals(total, result.getTotal(), "found within " + WAIT_MS + " ms: " + Arrays.toString(params));
        assertTrue(result.isFromIndex());
        return result;
    }

    CustomerSearchResult by(String... params) {
        CustomerSearchParser.Parsed parsed = parse(params);
        assertTrue(parsed.getErrors().isEmpty(), parsed.getErrors().toString());
        return search.search(parsed.getCriteria());
    }

    /** Deletes the test's customers (those whose e-mail holds {@code token} among them) and, after, their documents. */
    static void deleteCustomers(CommittedCustomers customers, String token) {
        List<Long> ids = new ArrayList<Long>();
        for (Map<String, Object> row : customers.jdbc().queryForList(
                "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS LIKE ?", "%" + token + "%")) {
            ids.add(((Number) row.get("CUSTOMER_ID")).longValue());
        }
        customers.deleteAll();
        CustomerChanges.afterCommit(ids);
    }

    static CustomerSearchParser.Parsed parse(String... params) {
        Map<String, String[]> map = new HashMap<String, String[]>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], new String[] {params[i + 1]});
        }
        return CustomerSearchParser.parse(map);
    }
}
