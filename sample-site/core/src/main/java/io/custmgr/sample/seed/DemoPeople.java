package io.custmgr.sample.seed;

import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.customer.profile.type.Gender;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic demo people: person #n is a pure function of the seed and n. Every fifth person is a guest
 * (index 4, 9, 14, ...), so any N that is a multiple of five splits exactly 80 / 20; person #0 is the demo customer.
 */
final class DemoPeople {

    static final String DEMO_EMAIL = "demo@example.com";
    static final String GUEST_DOMAIN = "guest.custmgr.invalid";

    private static final String[] FEMALE_FIRST_NAMES = {
            "Olivia", "Emma", "Amelia", "Sofia", "Chloe", "Grace", "Maya", "Nora", "Ruby", "Hannah", "Leah", "Zoe",
            "Isla", "Clara", "Alice", "Freya"};
    private static final String[] MALE_FIRST_NAMES = {
            "Liam", "Noah", "Oliver", "Elijah", "James", "Lucas", "Henry", "Theo", "Samuel", "Leo", "Owen", "Jack",
            "Mateo", "Arthur", "Felix", "Isaac"};
    private static final String[] LAST_NAMES = {
            "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson",
            "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Walker", "Young", "King", "Wright",
            "Scott", "Green", "Baker", "Nguyen", "Hill", "Campbell", "Mitchell", "Roberts", "Carter"};
    private static final String[] COMPANIES = {
            "Northwind Traders", "Blue Mesa Foods", "Copperline Logistics", "Riverside Catering", "Quarry Lane Studio",
            "Saltmarsh Provisions", "Tall Pines Outfitters", "Brightwater Labs"};
    private static final String[] ADMIN_COMMENTS = {
            "Prefers to be contacted by phone.",
            "Asked for invoices to be sent to the accounts department.",
            "Wholesale enquiry pending; follow up next quarter.",
            "Reported a damaged parcel once; refunded."};
    private static final String[] US_AREA_CODES = {"206", "212", "303", "312", "415", "503", "512", "617"};
    static final int PHONE_NUMBERS = 88 * 99;

    private final long seed;

    DemoPeople(long seed) {
        this.seed = seed;
    }

    static boolean isGuest(int index) {
        return index % 5 == 4;
    }

    DemoPerson person(int index) {
        if (index == 0) {
            return demoCustomer();
        }
        Random random = SeedRandom.forCustomer(seed, index, SeedRandom.PERSON);
        Gender gender = pickGender(random);
        String firstName = pickFirstName(random, gender);
        String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String email = emailLocalPart(firstName, lastName) + String.format(Locale.ROOT, "%03d", index) + "@example.com";
        boolean guest = isGuest(index);
        String username = guest ? "guest-" + index + "@" + GUEST_DOMAIN : email;
        DemoPerson person = new DemoPerson(index, !guest, firstName, lastName, email, username);
        fillProfile(person, random, gender);
        int addressCount = guest ? 0 : pickAddressCount(random);
        for (int i = 0; i < addressCount; i++) {
            person.addAddress(DemoPlaces.randomAddress(random, i == 0 ? "Home" : "Work"));
        }
        return person;
    }

    private static DemoPerson demoCustomer() {
        DemoPerson demo = new DemoPerson(0, true, "Demo", "Customer", DEMO_EMAIL, DEMO_EMAIL);
        demo.setGender(Gender.FEMALE);
        demo.setDateOfBirth(date(1985, Calendar.JUNE, 15));
        demo.setCompany("Example Trading Ltd");
        demo.setPhone("+1 512 555-0100");
        demo.setAdminComment("Well-known demo account (password demo1234) used by the browser tests.");
        demo.addAddress(DemoPlaces.fixedAddress("Home", "100 Congress Avenue", 0));
        demo.addSavedCard("VISA", "4242", "08/29");
        demo.addSavedCard("MASTERCARD", "4444", "01/25");
        demo.addAddress(DemoPlaces.fixedAddress("Work", "2 Harbor Road", 1));
        return demo;
    }

    private static void fillProfile(DemoPerson person, Random random, Gender gender) {
        person.setGender(gender);
        if (random.nextInt(100) < 75) {
            person.setDateOfBirth(date(1950 + random.nextInt(55), random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextInt(100) < 70) {
            person.setPhone(phone(person.getIndex()));
        }
        if (random.nextInt(100) < 25) {
            person.setCompany(COMPANIES[random.nextInt(COMPANIES.length)]);
            person.setTaxExempt(random.nextInt(100) < 20);
        }
        person.setActivityStatus(person.isRegistered() ? pickRegisteredStatus(random)
                : random.nextInt(100) < 95 ? CustomerActivityStatus.ACTIVE : CustomerActivityStatus.INACTIVE);
        if (random.nextInt(100) < 3) {
            person.setAdminComment(ADMIN_COMMENTS[random.nextInt(ADMIN_COMMENTS.length)]);
        }
    }

    /**
     * Person #n's phone number, never another person's (drawn at random, 140 of 200 people shared 800 numbers, and
     * Possible Duplicates paired strangers): 555-0101 to 555-0199 (reserved for fiction; 555-0100 is the demo
     * customer's), in the cities' area codes for the first 792 people, then in the N9X codes, which are assigned to
     * no one: {@value #PHONE_NUMBERS} numbers in all, a larger run repeats them.
     */
    static String phone(int index) {
        int block = (index / 99) % (US_AREA_CODES.length + 80);
        String areaCode = block < US_AREA_CODES.length ? US_AREA_CODES[block]
                : (2 + (block - US_AREA_CODES.length) / 10) + "9" + (block - US_AREA_CODES.length) % 10;
        return "+1 " + areaCode + " 555-01" + String.format(Locale.ROOT, "%02d", 1 + index % 99);
    }

    /** Mostly stated; a few customers chose "other" or did not say. */
    private static Gender pickGender(Random random) {
        int roll = random.nextInt(100);
        return roll < 47 ? Gender.FEMALE : roll < 94 ? Gender.MALE : roll < 97 ? Gender.OTHER : null;
    }

    private static String pickFirstName(Random random, Gender gender) {
        boolean female = Gender.FEMALE.equals(gender) || !Gender.MALE.equals(gender) && random.nextBoolean();
        String[] names = female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
        return names[random.nextInt(names.length)];
    }

    private static CustomerActivityStatus pickRegisteredStatus(Random random) {
        int roll = random.nextInt(100);
        return roll < 85 ? CustomerActivityStatus.ACTIVE : roll < 92 ? CustomerActivityStatus.INACTIVE
                : roll < 96 ? CustomerActivityStatus.SUSPENDED : CustomerActivityStatus.CLOSED;
    }

    private static int pickAddressCount(Random random) {
        int roll = random.nextInt(100);
        return roll < 20 ? 0 : roll < 75 ? 1 : 2;
    }

    private static String emailLocalPart(String firstName, String lastName) {
        return (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }

    private static Date date(int year, int month, int day) {
        return new GregorianCalendar(year, month, day).getTime();
    }
}
