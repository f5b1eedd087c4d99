package io.custmgr.sample.seed;

import java.util.Random;

/** Where demo people live: a handful of real cities with plausible postal codes and made-up streets. */
final class DemoPlaces {

    static final String US = "US";

    /** Country code, English name; the seeder adds the missing ones. */
    static final String[][] COUNTRIES = {
            {US, "United States"},
            {"CA", "Canada"},
            {"GB", "United Kingdom"}};

    /** US state code, name; every state a demo address uses is here. */
    static final String[][] US_STATES = {
            {"TX", "Texas"},
            {"WA", "Washington"},
            {"NY", "New York"},
            {"CA", "California"},
            {"IL", "Illinois"},
            {"MA", "Massachusetts"},
            {"CO", "Colorado"},
            {"OR", "Oregon"}};

    /** City, state code (US only), postal code, country code. US cities come first and are drawn most often. */
    private static final String[][] CITIES = {
            {"Austin", "TX", "78701", US},
            {"Seattle", "WA", "98101", US},
            {"New York", "NY", "10001", US},
            {"San Francisco", "CA", "94105", US},
            {"Chicago", "IL", "60601", US},
            {"Boston", "MA", "02108", US},
            {"Denver", "CO", "80202", US},
            {"Portland", "OR", "97201", US},
            {"Toronto", null, "M5V 2T6", "CA"},
            {"Vancouver", null, "V6B 1A1", "CA"},
            {"London", null, "SW1A 1AA", "GB"},
            {"Manchester", null, "M1 1AE", "GB"}};

    private static final int US_CITY_COUNT = 8;

    private static final String[] STREETS = {
            "Maple Avenue", "Oak Street", "Cedar Lane", "Harbor Road", "Mill Street", "Chestnut Drive",
            "Lakeview Terrace", "Station Road", "Orchard Way", "Pepper Row"};

    private DemoPlaces() {
    }

    /** @return an address, in the US four times out of five */
    static DemoAddress randomAddress(Random random, String label) {
        String[] city = random.nextInt(5) < 4 ? CITIES[random.nextInt(US_CITY_COUNT)]
                : CITIES[US_CITY_COUNT + random.nextInt(CITIES.length - US_CITY_COUNT)];
        String street = (1 + random.nextInt(980)) + " " + STREETS[random.nextInt(STREETS.length)];
        return new DemoAddress(label, street, city[0], city[1], city[2], city[3]);
    }

    static DemoAddress fixedAddress(String label, String street, int cityIndex) {
        String[] city = CITIES[cityIndex];
        return new DemoAddress(label, street, city[0], city[1], city[2], city[3]);
    }
}
