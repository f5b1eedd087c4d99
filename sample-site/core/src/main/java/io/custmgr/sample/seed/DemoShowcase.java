package io.custmgr.sample.seed;

import io.custmgr.customer.profile.type.Gender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Demo customers that give the module's audit pages something to find on a first run, seeded after the ordinary
 * demo people (indices from {@code firstIndex} on, so order numbers and phones stay unique):
 * <ul>
 * <li>suspected spam for Customer Care → Account Audit: two web addresses in a name, an e-mail address at a
 * disposable domain of the module's shipped list, and a burst of {@value #BURST_SIZE} registrations from one IP
 * within minutes (bot-like names with digits). None of them shops or joins a group: orders, carts, wishlists and
 * library access would make them active;</li>
 * <li>two people who registered twice with another e-mail address, for Customer Care → Possible Duplicates: one with
 * the same name, phone and address (paired by phone and by name and address), one with the same name and phone and
 * no saved address the second time (paired by phone).</li>
 * <li>the people of the company accounts ({@link CompanySeeder}): members of two companies and one shopper whose
 * request for a company account waits in Customer Care → Company Requests.</li>
 * </ul>
 * Every other demo person has a phone and e-mail address of its own, so these are the only duplicates.
 */
final class DemoShowcase {

    /** TEST-NET-3 (RFC 5737): an address for documentation, nobody's real client. */
    static final String BURST_IP = "203.0.113.45";
    static final int BURST_SIZE = 5;
    /** In the module's shipped list (config/custmgr/spam/disposable-email-domains.txt). */
    static final String DISPOSABLE_DOMAIN = "mailinator.com";

    private DemoShowcase() {
    }

    /** @return the showcase people, registered accounts all, their indices counting up from {@code firstIndex} */
    static List<DemoPerson> people(int firstIndex) {
        Builder people = new Builder(firstIndex);
        people.bot("Cheap Pills", "www.pills-4u.example", "pills", "example.com", null);
        people.bot("Best", "Watches http://replica.example", "watches", "example.com", null);
        people.bot("Jon", "Doe", "jon.doe", DISPOSABLE_DOMAIN, null);
        for (int i = 1; i <= BURST_SIZE; i++) {
            people.bot("Promo", "User" + (4710 + i), "promo.user", "example.com", BURST_IP);
        }
        DemoAddress home = DemoPlaces.fixedAddress("Home", "48 Orchard Way", 0);
        people.twins("Marta", "Kowalski", Gender.FEMALE, home, home);
        people.twins("Daniel", "Okafor", Gender.MALE, DemoPlaces.fixedAddress("Home", "7 Station Road", 4), null);
        String[][] companyPeople = CompanySeeder.PEOPLE;
        for (int i = 0; i < companyPeople.length; i++) {
            String[] person = companyPeople[i];
            people.add(people.shopper(person[0], person[1], person[2], "F".equals(person[3]) ? Gender.FEMALE
                    : Gender.MALE, DemoPeople.phone(people.next),
                    DemoPlaces.fixedAddress("Office", (12 + i) + " Commerce Park", i % 8)));
        }
        return people.list;
    }

    /** Appends people with consecutive indices; e-mail addresses carry the index, so they are unique. */
    private static final class Builder {

        final List<DemoPerson> list = new ArrayList<DemoPerson>();
        private int next;

        Builder(int firstIndex) {
            this.next = firstIndex;
        }

        void bot(String firstName, String lastName, String mailbox, String domain, String registrationIp) {
            String email = mailbox + next + "@" + domain;
            DemoPerson bot = new DemoPerson(next, true, firstName, lastName, email, email);
            bot.setShopper(false);
            bot.setRegistrationIp(registrationIp);
            add(bot);
        }

        /** The same person registered twice: same name and phone, another e-mail, the address when given. */
        void twins(String firstName, String lastName, Gender gender, DemoAddress first, DemoAddress second) {
            String phone = DemoPeople.phone(next);
            String mailbox = (firstName + "." + lastName).toLowerCase(Locale.ROOT);
            add(shopper(firstName, lastName, mailbox + next + "@example.com", gender, phone, first));
            add(shopper(firstName, lastName, mailbox + ".shop" + next + "@example.com", gender, phone, second));
        }

        private DemoPerson shopper(String firstName, String lastName, String email, Gender gender, String phone,
                DemoAddress address) {
            DemoPerson person = new DemoPerson(next, true, firstName, lastName, email, email);
            person.setGender(gender);
            person.setPhone(phone);
            if (address != null) {
                person.addAddress(address);
            }
            return person;
        }

        private void add(DemoPerson person) {
            list.add(person);
            next++;
        }
    }
}
