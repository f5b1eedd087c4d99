package io.custmgr.sample.seed;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoShowcaseTest {

    private static final int FIRST = 200;

    private final List<DemoPerson> people = DemoShowcase.people(FIRST);

    @Test
    void followsTheOrdinaryPeopleWithConsecutiveIndicesAndUniqueAddresses() {
        Set<String> emails = new HashSet<String>();
        for (int i = 0; i < people.size(); i++) {
            DemoPerson person = people.get(i);
            assertEquals(FIRST + i, person.getIndex());
            assertTrue(person.isRegistered());
            assertEquals(person.getEmailAddress(), person.getUsername());
            assertTrue(emails.add(person.getEmailAddress().toLowerCase()), person.getEmailAddress());
        }
    }

    @Test
    void botsNeverShopAndShowEverySpamSignalTheSampleSeeds() {
        List<DemoPerson> bots = people.stream().filter(p -> !p.isShopper()).collect(Collectors.toList());
        assertTrue(bots.stream().anyMatch(p -> p.getLastName().contains("www.")), "a web address in a name");
        assertTrue(bots.stream().anyMatch(p -> p.getEmailAddress().endsWith("@" + DemoShowcase.DISPOSABLE_DOMAIN)));
        assertEquals(DemoShowcase.BURST_SIZE,
                bots.stream().filter(p -> DemoShowcase.BURST_IP.equals(p.getRegistrationIp())).count());
        for (DemoPerson bot : bots) {
            assertEquals(0, OrderSeeder.placedOrderCount(bot, null), bot.getEmailAddress());
            assertFalse(OrderSeeder.hasOpenCart(bot) || OrderSeeder.hasWishlist(bot), bot.getEmailAddress());
        }
    }

    @Test
    void theDisposableDomainIsInTheModulesShippedList() throws IOException {
        try (InputStream list = getClass().getClassLoader()
                .getResourceAsStream("config/custmgr/spam/disposable-email-domains.txt")) {
            assertNotNull(list);
            Set<String> domains = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).collect(Collectors.toSet());
            assertTrue(domains.contains(DemoShowcase.DISPOSABLE_DOMAIN));
        }
    }

    @Test
    void theCompanyPeopleAreShoppersWithPhonesOfTheirOwn() {
        List<DemoPerson> company = people.stream().filter(p -> Arrays.stream(CompanySeeder.PEOPLE)
                .anyMatch(row -> row[2].equals(p.getEmailAddress()))).collect(Collectors.toList());
        assertEquals(CompanySeeder.PEOPLE.length, company.size());
        Set<String> phones = people.stream().map(DemoPerson::getPhone).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (DemoPerson person : company) {
            assertTrue(person.isShopper() && person.isRegistered(), person.getEmailAddress());
            assertEquals(1, people.stream().filter(p -> person.getPhone().equals(p.getPhone())).count(),
                    "no duplicate for Possible Duplicates: " + person.getEmailAddress());
        }
        assertTrue(phones.size() > company.size());
    }

    @Test
    void twoPeopleRegisteredTwiceWithOneNameAndPhoneButAnotherEmail() {
        Set<String> companyPeople = Arrays.stream(CompanySeeder.PEOPLE).map(row -> row[2]).collect(Collectors.toSet());
        Map<String, List<DemoPerson>> byName = people.stream().filter(DemoPerson::isShopper)
                .filter(p -> !companyPeople.contains(p.getEmailAddress()))
                .collect(Collectors.groupingBy(p -> p.getFirstName() + " " + p.getLastName()));
        assertEquals(2, byName.size(), byName.keySet().toString());
        Map<String, Integer> withSameAddress = new HashMap<String, Integer>();
        for (Map.Entry<String, List<DemoPerson>> twins : byName.entrySet()) {
            List<DemoPerson> pair = twins.getValue();
            assertEquals(2, pair.size(), twins.getKey());
            assertNotNull(pair.get(0).getPhone());
            assertEquals(pair.get(0).getPhone(), pair.get(1).getPhone(), twins.getKey());
            assertFalse(pair.get(0).getEmailAddress().equalsIgnoreCase(pair.get(1).getEmailAddress()));
            boolean sameAddress = !pair.get(1).getAddresses().isEmpty()
                    && pair.get(0).getAddresses().get(0).getStreet().equals(pair.get(1).getAddresses().get(0).getStreet());
            withSameAddress.put(twins.getKey(), sameAddress ? 1 : 0);
        }
        assertEquals(1, withSameAddress.values().stream().mapToInt(Integer::intValue).sum(),
                "one pair also shares its address");
    }
}
