package io.custmgr.duplicates.dto;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DuplicatePairTest {

    private static final Date OLD = new Date(1000000000000L);
    private static final Date NEW = new Date(1700000000000L);

    @Test
    void aRegisteredAccountIsKeptOverAnOlderGuest() {
        DuplicateCustomer guest = customer(1, true, false, OLD);
        DuplicateCustomer account = customer(2, false, true, NEW);
        assertEquals(2, pair(guest, account).getSurvivor().getId());
        assertEquals(2, pair(account, guest).getSurvivor().getId());
    }

    @Test
    void aGuestWhoRegisteredIsNoAccount() {
        DuplicateCustomer registeredGuest = customer(1, true, true, OLD);
        DuplicateCustomer account = customer(2, false, true, NEW);
        assertEquals(2, pair(registeredGuest, account).getSurvivor().getId());
    }

    @Test
    void betweenTwoOfAKindTheOlderIsKept() {
        assertEquals(7, pair(customer(3, false, true, NEW), customer(7, false, true, OLD)).getSurvivor().getId());
        assertEquals(3, pair(customer(3, true, false, OLD), customer(7, true, false, NEW)).getSurvivor().getId());
    }

    @Test
    void withoutDatesTheLowerIdIsKeptAndAKnownDateCountsAsOlder() {
        assertEquals(3, pair(customer(7, false, true, null), customer(3, false, true, null)).getSurvivor().getId());
        assertEquals(7, pair(customer(3, false, true, null), customer(7, false, true, NEW)).getSurvivor().getId());
        assertEquals(3, pair(customer(7, false, true, OLD), customer(3, false, true, OLD)).getSurvivor().getId());
    }

    private static DuplicatePair pair(DuplicateCustomer a, DuplicateCustomer b) {
        return new DuplicatePair(a, b, Collections.<SharedValue>emptyList());
    }

    private static DuplicateCustomer customer(long id, boolean guest, boolean registered, Date created) {
        return new DuplicateCustomer(id, "F", "L", "e" + id + "@example.com", guest, registered, created);
    }
}
