package io.custmgr.customer.orders.transaction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.custmgr.customer.orders.transaction.InvalidTransactionException.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ManualTransactionRulesTest {

    Map<String, String> errors = new LinkedHashMap<String, String>();

    @Test
    void anAmountTakesTheCurrencysScale() {
        assertEquals(new BigDecimal("12.50"), ManualTransactionRules.amount(" 12.5 ", 2, errors));
        assertEquals(new BigDecimal("12.50"), ManualTransactionRules.amount("12.500", 2, errors));
        assertEquals(new BigDecimal("1200"), ManualTransactionRules.amount("1200", 0, errors));
        assertEquals(0, errors.size());
    }

    @Test
    void badAmountsAreNamed() {
        assertRefused("-1", 2, NOT_POSITIVE);
        assertRefused("0.00", 2, NOT_POSITIVE);
        assertRefused("+1", 2, NOT_A_NUMBER);
        assertRefused("1e2", 2, NOT_A_NUMBER);
        assertRefused("1 000", 2, NOT_A_NUMBER);
        assertRefused("1.5", 0, TOO_PRECISE);
        assertRefused("12.345", 2, TOO_PRECISE);
        assertRefused("100000000000000", 2, TOO_LARGE);
        assertRefused("  ", 2, REQUIRED);
    }

    @Test
    void aTimeIsNowWhenEmptyAndNeverInTheFuture() {
        Date now = new Date(1796000000000L);
        assertSame(now, ManualTransactionRules.time("", now, errors));
        assertEquals(0, errors.size());
        assertNull(ManualTransactionRules.time("2099-01-01T10:00", now, errors));
        assertEquals(IN_FUTURE, errors.get(FIELD_TIME));
        errors.clear();
        assertNull(ManualTransactionRules.time("2026-02-30 10:00", now, errors));
        assertEquals(NOT_A_DATE, errors.get(FIELD_TIME));
        errors.clear();
        assertNull(ManualTransactionRules.time("2026-01-01 10:00 tomorrow", now, errors));
        assertEquals(NOT_A_DATE, errors.get(FIELD_TIME));
    }

    private void assertRefused(String amount, int digits, String code) {
        errors.clear();
        assertNull(ManualTransactionRules.amount(amount, digits, errors), amount);
        assertEquals(code, errors.get(FIELD_AMOUNT), amount);
    }
}
