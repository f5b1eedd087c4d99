package io.custmgr.common.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdScopeTest {

    @Test
    void ascendingIdsCloseTogetherAreOneRangeFromBeforeTheFirstToTheLast() {
        List<Long> ids = new ArrayList<Long>();
        for (long id = 101; id <= 5100; id += 2) {
            ids.add(id);
        }

        List<IdScope> scopes = IdScope.of(ids);

        assertEquals(1, scopes.size());
        assertTrue(scopes.get(0).isRange());
        assertEquals(100L, scopes.get(0).parameters().getValue("after"));
        assertEquals(5099L, scopes.get(0).parameters().getValue("last"));
    }

    @Test
    void unorderedIdsAreInListsOfAtMostFiveHundred() {
        List<Long> ids = new ArrayList<Long>();
        for (long id = 1200; id >= 1; id--) {
            ids.add(id);
        }

        List<IdScope> scopes = IdScope.of(ids);

        assertEquals(3, scopes.size());
        assertFalse(scopes.get(0).isRange());
        assertEquals(ids.subList(0, 500), scopes.get(0).parameters().getValue("ids"));
        assertEquals(ids.subList(1000, 1200), scopes.get(2).parameters().getValue("ids"));
    }

    @Test
    void ascendingIdsFarApartAreAnInListNotAWideRange() {
        List<IdScope> scopes = IdScope.of(Arrays.asList(1L, 1000L, 1000000L));

        assertEquals(1, scopes.size());
        assertFalse(scopes.get(0).isRange());
    }

    @Test
    void noIdsNoScope() {
        assertTrue(IdScope.of(Collections.<Long>emptyList()).isEmpty());
    }

    @Test
    void aRangeRewritesEveryInListConditionOfTheStatement() {
        String sql = "SELECT a.CUSTOMER_ID FROM A a WHERE a.CUSTOMER_ID IN (:ids) UNION ALL SELECT CUSTOMER_ID FROM B"
                + " WHERE CUSTOMER_ID IN (:ids) AND X = 1";

        assertEquals("SELECT a.CUSTOMER_ID FROM A a WHERE a.CUSTOMER_ID > :after AND a.CUSTOMER_ID <= :last UNION ALL"
                + " SELECT CUSTOMER_ID FROM B WHERE CUSTOMER_ID > :after AND CUSTOMER_ID <= :last AND X = 1",
                IdScope.range(0, 10).sql(sql));
        assertEquals(sql, IdScope.of(Arrays.asList(3L, 1L)).get(0).sql(sql), "IN lists keep the statement");
    }
}
