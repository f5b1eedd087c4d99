package io.custmgr.sample.seed;

import io.custmgr.library.type.DigitalPackageType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The sample shop's catalog: a root navigation category, three departments, thirteen products (three downloads and a
 * shipped kit with a download among them) and a bundle of two downloads, prices in USD.
 */
final class DemoCatalog {

    static final String ROOT_NAME = "Primary Nav";
    static final String ROOT_URL = "/";
    static final String HOT_SAUCES_URL = "/hot-sauces";
    static final String MERCHANDISE_URL = "/merchandise";
    static final String DIGITAL_URL = "/digital";
    /** The product the demo shows sold out, with "Notify me when available" (inventory type UNAVAILABLE). */
    static final String SOLD_OUT_URL = MERCHANDISE_URL + "/scoville-scale-apron";

    /** Department name, URL, description; in navigation order. */
    static final String[][] DEPARTMENTS = {
            {"Hot Sauces", HOT_SAUCES_URL, "Small-batch sauces, from gentle to ferocious."},
            {"Merchandise", MERCHANDISE_URL, "Shirts, mugs and kitchen gear for chili lovers."},
            {"Digital Downloads", DIGITAL_URL, "Guides and courses, delivered instantly."}};

    static final List<DemoProduct> PRODUCTS = Collections.unmodifiableList(Arrays.asList(
            new DemoProduct(HOT_SAUCES_URL, "green-ghost", "Green Ghost",
                    "Tomatillo and jalapeno sauce with a slow, lingering heat.",
                    "Roasted tomatillos, green jalapenos and a squeeze of lime. Mild at first, then it creeps up on you.",
                    "11.99", "9.99", null),
            new DemoProduct(HOT_SAUCES_URL, "ember-road-habanero", "Ember Road Habanero",
                    "Orange habaneros blended with carrot and garlic.",
                    "A bright, fruity habanero sauce that suits tacos, eggs and anything off the grill.",
                    "8.49", null, null),
            new DemoProduct(HOT_SAUCES_URL, "smoked-chipotle-drizzle", "Smoked Chipotle Drizzle",
                    "Smoky chipotle with a touch of maple.",
                    "Wood-smoked chipotles slow-cooked with maple syrup and cider vinegar. Made for barbecue.",
                    "6.99", "5.49", null),
            new DemoProduct(HOT_SAUCES_URL, "midnight-ghost-pepper", "Midnight Ghost Pepper",
                    "Ghost peppers and black garlic; for the brave.",
                    "Fermented ghost peppers, black garlic and a little cocoa. One drop is plenty.",
                    "14.99", null, null),
            new DemoProduct(HOT_SAUCES_URL, "citrus-scorpion-splash", "Citrus Scorpion Splash",
                    "Scorpion peppers cut with grapefruit and yuzu.",
                    "Searing heat balanced by sharp citrus. Shake well and use sparingly.",
                    "12.49", null, null),
            new DemoProduct(MERCHANDISE_URL, "flame-logo-t-shirt", "Flame Logo T-Shirt",
                    "Soft cotton tee with the shop's flame logo.",
                    "Heavyweight organic cotton, printed with water-based ink. Unisex fit.",
                    "19.99", "14.99", null),
            new DemoProduct(MERCHANDISE_URL, "heat-seeker-hoodie", "Heat Seeker Hoodie",
                    "Warm fleece hoodie for chilly chili festivals.",
                    "Brushed fleece lining, kangaroo pocket and an embroidered pepper on the sleeve.",
                    "44.00", null, null),
            new DemoProduct(MERCHANDISE_URL, "pepper-enamel-mug", "Pepper Enamel Mug",
                    "Camp-style enamel mug with a red pepper print.",
                    "Holds 350 ml of coffee, soup or sauce. Not for the microwave.",
                    "12.00", null, null),
            new DemoProduct(MERCHANDISE_URL, "scoville-scale-apron", "Scoville Scale Apron",
                    "Canvas apron printed with the Scoville scale.",
                    "Sturdy cotton canvas with a front pocket; know your heat while you cook.",
                    "24.50", null, null),
            new DemoProduct(MERCHANDISE_URL, "growers-starter-kit", "Grower's Starter Kit",
                    "Seeds, peat pots and a printable growing guide.",
                    "Six chili varieties to sow, twelve peat pots and plant labels, shipped to you; the illustrated growing"
                    + " guide is in your library the moment you order.",
                    "27.00", null, DigitalPackageType.COMBO),
            new DemoProduct(DIGITAL_URL, "hot-sauce-field-guide", "Hot Sauce Field Guide",
                    "E-book: sixty peppers, their heat and their flavour.",
                    "A 120-page illustrated PDF covering pepper varieties, heat levels and pairing ideas.",
                    "9.99", null, DigitalPackageType.SINGLE),
            new DemoProduct(DIGITAL_URL, "fermentation-masterclass", "Fermentation Masterclass",
                    "Video course: make your own fermented hot sauce.",
                    "Six short lessons on brines, mash fermentation, bottling and safety. Streams on any device.",
                    "29.00", "19.00", DigitalPackageType.SINGLE),
            new DemoProduct(DIGITAL_URL, "chili-growers-calendar", "Chili Grower's Calendar",
                    "Printable planting calendar for chili growers.",
                    "Month-by-month sowing, potting and harvest reminders, as a printable PDF.",
                    "4.99", null, DigitalPackageType.SINGLE)));

    /** A bundle of digital products: name, URL slug, description, price, and the URLs of the bundled products. */
    static final String[] READING_BUNDLE = {"Chili Reader's Bundle", "chili-readers-bundle",
            "The Field Guide and the Grower's Calendar together, for less.", "12.99",
            DIGITAL_URL + "/hot-sauce-field-guide", DIGITAL_URL + "/chili-growers-calendar"};

    private DemoCatalog() {
    }
}
