package io.custmgr.duplicates.service;

import io.custmgr.duplicates.DuplicateRows;
import io.custmgr.duplicates.StatementCountingDataSource;
import io.custmgr.duplicates.dao.CustomerMatchKeyDaoImpl;
import io.custmgr.duplicates.dto.DuplicatePairPage;
import io.custmgr.duplicates.dto.MatchKeyRefresh;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refreshing the keys and reading a page of pairs cost a bounded number of statements: the refresh a delete, three
 * streaming reads, one delete of common keys and one batch per {@value #BATCH} keys; a page four statements (count,
 * pairs, shared values, customers) for sixty customers as for two thousand more. Counted at the JDBC level, a batch
 * counting as one statement.
 */
@BroadleafIntegrationTest
@Transactional
class DuplicateFinderStatementsIT {

    static final int BATCH = 500;
    static final int FIXED_REFRESH_STATEMENTS = 5;
    static final int PAGE_STATEMENTS = 4;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "cmDuplicateCustomerFinder")
    DuplicateCustomerFinderImpl configured;

    StatementCountingDataSource counting;
    DuplicateCustomerFinderImpl finder;
    DuplicateRows rows;

    @BeforeEach
    void setUp() {
        counting = new StatementCountingDataSource(transactionManager.getDataSource());
        finder = new DuplicateCustomerFinderImpl();
        finder.dao = new CustomerMatchKeyDaoImpl(counting);
        finder.transactionManager = transactionManager;
        finder.plusTagDomains = configured.plusTagDomains;
        finder.dotInsensitiveDomains = configured.dotInsensitiveDomains;
        finder.domainAliases = configured.domainAliases;
        finder.guestDomain = configured.guestDomain;
        finder.phoneSignificantDigits = configured.phoneSignificantDigits;
        finder.phoneMinimumDigits = configured.phoneMinimumDigits;
        finder.maxCustomersPerValue = configured.maxCustomersPerValue;
        finder.batchSize = BATCH;
        finder.init();
        rows = new DuplicateRows(transactionManager.getDataSource());
    }

    @Test
    void refreshAndPagesIssueBoundedStatementsForSixtyAndForTwoThousandCustomers() {
        addLookalikes(30);
        long[] small = measure();
        addLookalikes(1000);
        long[] large = measure();

        assertTrue(large[0] >= small[0] + 3 * 2000, "keys of 2,000 more customers: " + small[0] + " -> " + large[0]);
        assertEquals(expectedRefreshStatements(small[0]), small[1], "refresh, " + small[0] + " keys");
        assertEquals(expectedRefreshStatements(large[0]), large[1], "refresh, " + large[0] + " keys");
        assertEquals(PAGE_STATEMENTS, small[2], "first page of pairs");
        assertEquals(PAGE_STATEMENTS, large[2], "first page of pairs among 1,000 more");
        assertEquals(PAGE_STATEMENTS, large[3], "a filtered page");
    }

    /** @return keys written, statements of the refresh, of the first page, of a filtered page */
    private long[] measure() {
        rows.flush();
        counting.reset();
        MatchKeyRefresh refresh = finder.refreshKeys();
        long refreshStatements = counting.getExecutions();
        counting.reset();
        DuplicatePairPage page = finder.findPairs(null, 0, 25);
        long pageStatements = counting.getExecutions();
        assertEquals(25, page.getPairs().size());
        counting.reset();
        finder.findPairs(io.custmgr.duplicates.type.DuplicateReason.PHONE, 0, 25);
        long filtered = counting.getExecutions();
        return new long[] {refresh.getKeys() + refresh.getCommonKeysDropped(), refreshStatements, pageStatements,
                filtered};
    }

    private static long expectedRefreshStatements(long keys) {
        return FIXED_REFRESH_STATEMENTS + (keys + BATCH - 1) / BATCH;
    }

    /** Pairs of customers sharing an e-mail, a phone and a name at an address. */
    private void addLookalikes(int pairs) {
        String token = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < pairs; i++) {
            String phone = String.format("+1 6%02d %03d %04d", i % 100, i / 100, i);
            for (int twin = 0; twin < 2; twin++) {
                long id = rows.customer("N" + i, "Twin", (twin == 0 ? "n" : "N") + i + token + "@example.com", null,
                        false, phone);
                rows.address(id, i + " Long Road", "AB" + i, "GB", null);
            }
        }
    }
}
