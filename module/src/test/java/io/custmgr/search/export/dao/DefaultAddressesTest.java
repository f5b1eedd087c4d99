package io.custmgr.search.export.dao;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DefaultAddressesTest {

    @Test
    void withoutFlagsTheOldestAddressIsBothDefaults() {
        DefaultAddresses addresses = new DefaultAddresses();
        addresses.offer(false, false, "1 Old St", null, null, "Bern", null, "3000", "CH");
        addresses.offer(false, false, "2 New St", null, null, "Basel", null, "4000", "CH");

        assertEquals("1 Old St, Bern, 3000, CH", addresses.billing());
        assertEquals("1 Old St, Bern, 3000, CH", addresses.shipping(false));
    }

    @Test
    void flaggedAddressesWinAndShippingToBillingOverridesTheShippingFlag() {
        DefaultAddresses addresses = new DefaultAddresses();
        addresses.offer(false, true, "1 Ship St", " ", null, "Bern", "BE", "3000", "CH");
        addresses.offer(true, false, "2 Bill St", "Floor 2", null, "Los Angeles", "CA", "90001", "US");

        assertEquals("2 Bill St, Floor 2, Los Angeles, CA, 90001, US", addresses.billing());
        assertEquals("1 Ship St, Bern, BE, 3000, CH", addresses.shipping(false));
        assertEquals(addresses.billing(), addresses.shipping(true));
    }

    @Test
    void noAddressNoDefaults() {
        assertNull(new DefaultAddresses().billing());
        assertNull(new DefaultAddresses().shipping(false));
    }
}
