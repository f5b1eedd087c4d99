package io.custmgr.duplicates.dto;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pair only orients itself by SurvivorRule (tested in SurvivorRuleTest); this checks the orientation. */
class DuplicatePairTest {

    private static final Date OLD = new Date(1000000000000L);
    private static final Date NEW = new Date(1700000000000L);

    @Test
    void theSuggestedSurvivorComesFirstWhicheverOrderThePairWasFoundIn() {
        DuplicateCustomer guest = customer(1, true, false, OLD);
        DuplicateCustomer account = customer(2, false, true, NEW);
        for (DuplicatePair pair : Arrays.asList(pair(guest, account), pair(account, guest))) {
            assertEquals(2, pair.getSurvivor().getId());
            assertEquals(1, pair.getOther().getId());
            assertEquals(Arrays.asList(account, guest), pair.getCustomers());
        }
    }

    @Test
    void aGuestWhoRegisteredIsNoAccount() {
        assertFalse(customer(1, true, true, OLD).isAccount());
        assertTrue(customer(2, false, true, OLD).isAccount());
        assertFalse(customer(3, false, false, OLD).isAccount());
    }

    private static DuplicatePair pair(DuplicateCustomer a, DuplicateCustomer b) {
        return new DuplicatePair(a, b, Collections.<SharedValue>emptyList());
    }

    private static DuplicateCustomer customer(long id, boolean guest, boolean registered, Date created) {
        return new DuplicateCustomer(id, "F", "L", "e" + id + "@example.com", guest, registered, created);
    }
}
