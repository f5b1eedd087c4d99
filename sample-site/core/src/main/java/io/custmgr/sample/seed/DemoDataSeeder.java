package io.custmgr.sample.seed;

/**
 * Fills an empty sample-site database with demo data: reference data (USD, a default locale, countries, US states),
 * a small catalog with Solr search fields, and {@code customers} customers with profiles, addresses, orders, open carts
 * and wishlists. The same seed always produces the same people, products and order contents (submit dates are
 * relative to the time of seeding).
 *
 * <p>Idempotent: the first customer written is {@value #DEMO_USERNAME} (password {@value #DEMO_PASSWORD}), and while
 * that customer exists {@link #seed(int)} writes nothing. Reference data and catalog rows are each added only if
 * missing. Customers are committed in batches, so a run that fails part-way leaves the batches before the failure.
 *
 * <p>Bean id in the sample site: {@code cmSampleDemoDataSeeder}.
 */
public interface DemoDataSeeder {

    String DEMO_USERNAME = "demo@example.com";

    /** The password of the demo customer and of every other registered demo customer. */
    String DEMO_PASSWORD = "demo1234";

    /** @return whether the demo customer exists, i.e. whether {@link #seed(int)} would do nothing */
    boolean isSeeded();

    /**
     * Seeds the demo data unless {@link #isSeeded()}. Runs its own transactions; call it outside of one.
     *
     * @param customers how many customers to create, the demo customer included: customer n (from 0) is a guest when
     *        n % 5 == 4, otherwise registered; at least 1
     * @return what was written, or a report with {@link DemoDataReport#isSeeded()} false when nothing was
     */
    DemoDataReport seed(int customers);
}
