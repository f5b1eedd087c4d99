package io.custmgr.search.bench;

import io.custmgr.search.bench.SearchMix.Search;
import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.test.Latencies;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Times the search mix through the index ({@code cmCustomerSearchService}) and, where Broadleaf can express a search,
 * through the admin's own customer list fetch: {@code AdminEntityService.getRecords} for the Customer entity with the
 * list grid's filters, the first page of 50, as the admin's list view asks for it (records and total count).
 */
final class SearchTimings {

    private final CustomerSearchService search;
    private final AdminEntityService admin;
    private final JdbcTemplate jdbc;
    private final int customers;
    final Latencies index = new Latencies();
    final Latencies indexComparable = new Latencies();
    final Latencies broadleaf = new Latencies();
    private final Map<String, Latencies> perSearch = new LinkedHashMap<String, Latencies>();
    private final Map<String, Latencies> perAdminSearch = new LinkedHashMap<String, Latencies>();
    private final Map<String, String> hits = new LinkedHashMap<String, String>();

    SearchTimings(CustomerSearchService search, AdminEntityService admin, JdbcTemplate jdbc, int customers) {
        this.search = search;
        this.admin = admin;
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** Round 0 warms up (not counted). */
    void runIndex(int rounds) {
        for (int round = 0; round <= rounds; round++) {
            for (Search s : SearchMix.round(jdbc, customers, round)) {
                long t = System.nanoTime();
                CustomerSearchResult result = search.search(CustomerSearchParser.parse(s.params).getCriteria());
                long nanos = System.nanoTime() - t;
                if (!result.isFromIndex()) {
                    throw new IllegalStateException("The search '" + s.label + "' was answered by the SQL fallback");
                }
                if (round > 0) {
                    index.add(nanos);
                    latencies(perSearch, s.label).add(nanos);
                    if (s.admin != null) {
                        indexComparable.add(nanos);
                    }
                    hits.put(s.label, hits.containsKey(s.label) ? hits.get(s.label) + "/" + result.getTotal()
                            : String.valueOf(result.getTotal()));
                }
            }
        }
    }

    /** The admin list fetch of each search it can express; round 0 warms up. */
    void runBroadleaf(int rounds) throws Exception {
        // what the admin's request filter sets: dates in the list are formatted in the admin user's time zone
        BroadleafRequestContext.getBroadleafRequestContext().setTimeZone(TimeZone.getDefault());
        for (int round = 0; round <= rounds; round++) {
            for (Search s : SearchMix.round(jdbc, customers, round)) {
                if (s.admin == null) {
                    continue;
                }
                PersistencePackageRequest request = PersistencePackageRequest.standard()
                        .withCeilingEntityClassname(Customer.class.getName()).withFilterAndSortCriteria(s.admin)
                        .withStartIndex(0);
                long t = System.nanoTime();
                DynamicResultSet result = admin.getRecords(request).getDynamicResultSet();
                long nanos = System.nanoTime() - t;
                if (round > 0) {
                    broadleaf.add(nanos);
                    latencies(perAdminSearch, s.label).add(nanos);
                    hits.put("admin " + s.label, String.valueOf(result.getTotalRecords()));
                }
            }
        }
    }

    void printDetails() {
        for (Map.Entry<String, Latencies> e : perSearch.entrySet()) {
            Latencies adminTimes = perAdminSearch.get(e.getKey());
            System.out.println(String.format(Locale.ROOT, "  %-26s index %s, hits %s%s", e.getKey(),
                    e.getValue().summary(), hits.get(e.getKey()), adminTimes == null ? ""
                            : "; Broadleaf admin " + adminTimes.summary() + ", hits " + hits.get("admin " + e.getKey())));
        }
    }

    private static Latencies latencies(Map<String, Latencies> map, String label) {
        Latencies l = map.get(label);
        if (l == null) {
            l = new Latencies();
            map.put(label, l);
        }
        return l;
    }
}
