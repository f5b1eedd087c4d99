package io.custmgr.sample.seed;

import java.util.Locale;

/** What one {@link DemoDataSeeder#seed(int)} call did; {@link #toString()} is one log line. */
public final class DemoDataReport {

    /** Counts as the seeder goes; turned into a report at the end. */
    static final class Tally {

        int registeredCustomers;
        int guestCustomers;
        int customerAddresses;
        int submittedOrders;
        int cancelledOrders;
        int carts;
        int wishlists;

        DemoDataReport toReport(int products, long elapsedMillis) {
            return new DemoDataReport(true, registeredCustomers, guestCustomers, customerAddresses, submittedOrders,
                    cancelledOrders, carts, wishlists, products, elapsedMillis);
        }
    }

    private final boolean seeded;
    private final int registeredCustomers;
    private final int guestCustomers;
    private final int customerAddresses;
    private final int submittedOrders;
    private final int cancelledOrders;
    private final int carts;
    private final int wishlists;
    private final int products;
    private final long elapsedMillis;

    private DemoDataReport(boolean seeded, int registeredCustomers, int guestCustomers, int customerAddresses,
            int submittedOrders, int cancelledOrders, int carts, int wishlists, int products, long elapsedMillis) {
        this.seeded = seeded;
        this.registeredCustomers = registeredCustomers;
        this.guestCustomers = guestCustomers;
        this.customerAddresses = customerAddresses;
        this.submittedOrders = submittedOrders;
        this.cancelledOrders = cancelledOrders;
        this.carts = carts;
        this.wishlists = wishlists;
        this.products = products;
        this.elapsedMillis = elapsedMillis;
    }

    /** @return the report of a call that found the demo customer and did nothing */
    static DemoDataReport alreadySeeded() {
        return new DemoDataReport(false, 0, 0, 0, 0, 0, 0, 0, 0, 0L);
    }

    /** @return false when the demo data was already there and nothing was written */
    public boolean isSeeded() {
        return seeded;
    }

    public int getRegisteredCustomers() {
        return registeredCustomers;
    }

    public int getGuestCustomers() {
        return guestCustomers;
    }

    public int getCustomers() {
        return registeredCustomers + guestCustomers;
    }

    public int getCustomerAddresses() {
        return customerAddresses;
    }

    public int getSubmittedOrders() {
        return submittedOrders;
    }

    public int getCancelledOrders() {
        return cancelledOrders;
    }

    /** @return placed orders: submitted plus cancelled (carts and wishlists are not orders here) */
    public int getOrders() {
        return submittedOrders + cancelledOrders;
    }

    /** @return open carts (status IN_PROCESS) */
    public int getCarts() {
        return carts;
    }

    /** @return named "wishlist" orders */
    public int getWishlists() {
        return wishlists;
    }

    /** @return demo catalog products orders were built from (created now or found) */
    public int getProducts() {
        return products;
    }

    public long getElapsedMillis() {
        return elapsedMillis;
    }

    @Override
    public String toString() {
        if (!seeded) {
            return "Demo data already present (customer " + DemoPeople.DEMO_EMAIL + " exists); nothing seeded";
        }
        return String.format(Locale.ROOT, "Demo data seeded in %d ms: %d customers (%d registered, %d guests), "
                        + "%d saved addresses, %d orders (%d submitted, %d cancelled), %d open carts, %d wishlists, "
                        + "%d products", elapsedMillis, getCustomers(), registeredCustomers, guestCustomers,
                customerAddresses, getOrders(), submittedOrders, cancelledOrders, carts, wishlists, products);
    }
}
