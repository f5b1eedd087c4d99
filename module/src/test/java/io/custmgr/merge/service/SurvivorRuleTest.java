package io.custmgr.merge.service;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SurvivorRuleTest {

    private static final Date OLD = new Date(1000000000000L);
    private static final Date NEW = new Date(1700000000000L);

    @Test
    void aRegisteredAccountSurvivesAnOlderGuestWhicheverComesFirst() {
        MergeParty guest = party(1, true, false, OLD);
        MergeParty account = party(2, false, true, NEW);
        assertSame(account, SurvivorRule.survivorOf(guest, account));
        assertSame(account, SurvivorRule.survivorOf(account, guest));
    }

    @Test
    void aRegisteredAccountSurvivesAnOlderAnonymousCustomer() {
        MergeParty anonymous = party(1, false, false, OLD);
        MergeParty account = party(2, false, true, NEW);
        assertSame(account, SurvivorRule.survivorOf(anonymous, account));
    }

    @Test
    void aGuestFlaggedRegisteredIsNoAccount() {
        MergeParty registeredGuest = party(1, true, true, OLD);
        MergeParty account = party(2, false, true, NEW);
        assertSame(account, SurvivorRule.survivorOf(registeredGuest, account));
    }

    @Test
    void betweenTwoOfAKindTheOlderRegistrationSurvives() {
        assertEquals(7, SurvivorRule.survivorOf(party(3, false, true, NEW), party(7, false, true, OLD)).getId());
        assertEquals(3, SurvivorRule.survivorOf(party(3, true, false, OLD), party(7, true, false, NEW)).getId());
    }

    @Test
    void aKnownRegistrationDateSurvivesAnUnknownOneEvenWithAHigherId() {
        assertEquals(7, SurvivorRule.survivorOf(party(3, false, true, null), party(7, false, true, NEW)).getId());
        assertEquals(7, SurvivorRule.survivorOf(party(7, false, true, NEW), party(3, false, true, null)).getId());
    }

    @Test
    void withoutDatesOrWithEqualDatesTheLowerIdSurvives() {
        assertEquals(3, SurvivorRule.survivorOf(party(7, false, true, null), party(3, false, true, null)).getId());
        assertEquals(3, SurvivorRule.survivorOf(party(7, false, true, OLD), party(3, false, true, OLD)).getId());
    }

    @Test
    void aTimestampAndADateOfTheSameInstantCountAsEqual() {
        MergeParty timestamped = party(7, false, true, new java.sql.Timestamp(OLD.getTime()));
        assertEquals(3, SurvivorRule.survivorOf(timestamped, party(3, false, true, OLD)).getId());
        assertEquals(0, SurvivorRule.SURVIVOR_FIRST.compare(timestamped, timestamped));
    }

    private static MergeParty party(long id, boolean guest, boolean registered, Date created) {
        return new MergeParty(id, "F", "L", "e" + id + "@example.com", guest, registered, null, created, false, null);
    }
}
