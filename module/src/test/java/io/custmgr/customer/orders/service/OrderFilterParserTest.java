package io.custmgr.customer.orders.service;

import io.custmgr.customer.orders.dao.OrderSearch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderFilterParserTest {

    @Test
    void blankMeansEveryOrder() {
        assertTrue(OrderFilterParser.parse(null).isEmpty());
        assertTrue(OrderFilterParser.parse("   ").isEmpty());
    }

    @Test
    void textIsMatchedLowerCaseAndNamesStatuses() {
        OrderSearch search = OrderFilterParser.parse("  Refund ");

        assertEquals("refund", search.getContainsText());
        assertEquals(Arrays.asList("PARTIALLY_REFUNDED", "REFUNDED"), search.getPaymentStatuses());
        assertEquals(Collections.emptyList(), search.getOrderStatuses());
        assertEquals(Collections.singletonList("CANCELLED"), OrderFilterParser.parse("cancel").getOrderStatuses());
    }

    @Test
    void aDayMonthOrYearBecomesASubmitPeriod() throws Exception {
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        OrderSearch month = OrderFilterParser.parse("2026-02");

        assertEquals(day.parse("2026-02-01"), month.getSubmittedFrom());
        assertEquals(day.parse("2026-03-01"), month.getSubmittedBefore());
        assertEquals(day.parse("2026-11-24"), OrderFilterParser.parse("2026-11-23").getSubmittedBefore());
        assertEquals(day.parse("2027-01-01"), OrderFilterParser.parse("2026").getSubmittedBefore());
        assertNull(OrderFilterParser.parse("2026-13").getSubmittedFrom(), "not a month");
    }

    @Test
    void aNumberIsAlsoAnOrderTotal() {
        assertEquals(new BigDecimal("12.50"), OrderFilterParser.parse("12.50").getTotal());
        assertEquals(new BigDecimal("12.5"), OrderFilterParser.parse("12,5").getTotal());
        assertNull(OrderFilterParser.parse("12.50 EUR").getTotal());
    }

    @Test
    void overlongTextIsCut() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append('a');
        }
        assertEquals(OrderFilterParser.MAX_LENGTH, OrderFilterParser.parse(text.toString()).getContainsText().length());
    }
}
