package io.custmgr.sample.seed;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataReportTest {

    @Test
    void summarisesASeedingRunOnOneLine() {
        DemoDataReport.Tally tally = new DemoDataReport.Tally();
        tally.registeredCustomers = 16;
        tally.guestCustomers = 4;
        tally.customerAddresses = 18;
        tally.submittedOrders = 21;
        tally.cancelledOrders = 2;
        tally.carts = 3;
        tally.wishlists = 3;

        DemoDataReport report = tally.toReport(12, 850L);

        assertTrue(report.isSeeded());
        assertEquals(20, report.getCustomers());
        assertEquals(23, report.getOrders());
        assertEquals("Demo data seeded in 850 ms: 20 customers (16 registered, 4 guests), 18 saved addresses, "
                + "23 orders (21 submitted, 2 cancelled), 3 open carts, 3 wishlists, 12 products", report.toString());
    }

    @Test
    void saysSoWhenTheDataWasAlreadyThere() {
        DemoDataReport report = DemoDataReport.alreadySeeded();

        assertFalse(report.isSeeded());
        assertEquals(0, report.getCustomers());
        assertTrue(report.toString().contains("demo@example.com exists"), report.toString());
        assertFalse(report.toString().contains("\n"));
    }
}
