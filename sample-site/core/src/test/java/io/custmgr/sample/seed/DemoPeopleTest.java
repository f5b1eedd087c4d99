package io.custmgr.sample.seed;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.customer.profile.type.CustomerActivityStatus;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPeopleTest {

    private static final long SEED = 42L;

    private final DemoPeople people = new DemoPeople(SEED);

    @Test
    void firstPersonIsTheWellKnownDemoCustomer() {
        DemoPerson demo = people.person(0);

        assertTrue(demo.isDemoCustomer());
        assertTrue(demo.isRegistered());
        assertEquals(DemoDataSeeder.DEMO_USERNAME, demo.getUsername());
        assertEquals(DemoDataSeeder.DEMO_USERNAME, demo.getEmailAddress());
        assertEquals("Demo Customer", demo.getFirstName() + " " + demo.getLastName());
        assertEquals(2, demo.getAddresses().size());
    }

    @Test
    void samePersonForTheSameSeedAndIndexWhateverWasGeneratedBefore() {
        DemoPerson direct = new DemoPeople(SEED).person(137);
        for (int i = 0; i < 137; i++) {
            people.person(i);
        }
        DemoPerson afterOthers = people.person(137);

        assertEquals(direct.getEmailAddress(), afterOthers.getEmailAddress());
        assertEquals(direct.getGender(), afterOthers.getGender());
        assertEquals(direct.getDateOfBirth(), afterOthers.getDateOfBirth());
        assertEquals(direct.getPhone(), afterOthers.getPhone());
        assertEquals(direct.getActivityStatus(), afterOthers.getActivityStatus());
        assertEquals(direct.getAddresses().size(), afterOthers.getAddresses().size());
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        DemoPeople others = new DemoPeople(SEED + 1);
        int differentNames = 0;
        for (int i = 1; i <= 50; i++) {
            if (!people.person(i).getEmailAddress().equals(others.person(i).getEmailAddress())) {
                differentNames++;
            }
        }
        assertTrue(differentNames > 40, "only " + differentNames + " of 50 differ");
    }

    @Test
    void everyFifthPersonIsAGuestWithAGuestUsername() {
        int guests = 0;
        for (int i = 0; i < 1000; i++) {
            DemoPerson person = people.person(i);
            assertEquals(i % 5 == 4, !person.isRegistered(), "person " + i);
            if (person.isRegistered()) {
                assertEquals(person.getEmailAddress(), person.getUsername());
            } else {
                guests++;
                assertEquals("guest-" + i + "@" + DemoPeople.GUEST_DOMAIN, person.getUsername());
                assertTrue(person.getAddresses().isEmpty());
            }
        }
        assertEquals(200, guests);
    }

    @Test
    void emailAddressesAndUsernamesAreUniqueAndWellFormed() {
        Set<String> emails = new HashSet<String>();
        Set<String> usernames = new HashSet<String>();
        for (int i = 1; i < 5000; i++) {
            DemoPerson person = people.person(i);
            assertTrue(person.getEmailAddress().matches("[a-z]+\\.[a-z]+\\d{3,}@example\\.com"), person.getEmailAddress());
            assertTrue(emails.add(person.getEmailAddress()), person.getEmailAddress());
            assertTrue(usernames.add(person.getUsername()), person.getUsername());
        }
    }

    @Test
    void profileValuesFitTheModulesColumnsAndRules() {
        Date now = new Date();
        int withPhone = 0;
        for (int i = 0; i < 2000; i++) {
            DemoPerson person = people.person(i);
            assertTrue(PhoneNumbers.isValid(person.getPhone()), person.getPhone());
            withPhone += person.getPhone() == null ? 0 : 1;
            assertTrue(person.getDateOfBirth() == null || person.getDateOfBirth().before(now));
            assertTrue(person.getCompany() == null || person.getCompany().length() <= CustomerProfile.COMPANY_LENGTH);
            assertFalse(person.isTaxExempt() && person.getCompany() == null, "only companies are tax exempt");
            assertTrue(person.getAddresses().size() <= 2);
        }
        assertTrue(withPhone > 1200 && withPhone < 1600, "about 70% have a phone, got " + withPhone);
    }

    @Test
    void noTwoPeopleShareAPhoneNumber() {
        Map<String, Integer> owners = new HashMap<String, Integer>();
        for (int i = 0; i < DemoPeople.PHONE_NUMBERS; i++) {
            String phone = people.person(i).getPhone();
            if (phone != null) {
                Integer other = owners.put(phone.replaceAll("[^0-9]", ""), i);
                assertNull(other, "persons " + other + " and " + i + " share " + phone);
            }
        }
    }

    @Test
    void mostRegisteredCustomersAreActiveButNotAll() {
        int active = 0;
        Set<Object> statuses = new HashSet<Object>();
        for (int i = 1; i < 1000; i++) {
            DemoPerson person = people.person(i);
            if (person.isRegistered()) {
                statuses.add(person.getActivityStatus());
                active += CustomerActivityStatus.ACTIVE.equals(person.getActivityStatus()) ? 1 : 0;
            }
        }
        assertEquals(4, statuses.size(), "ACTIVE, INACTIVE, SUSPENDED and CLOSED all occur");
        assertNotEquals(0, active);
        assertTrue(active > 600 && active < 740, "about 85% of 800 active, got " + active);
    }
}
