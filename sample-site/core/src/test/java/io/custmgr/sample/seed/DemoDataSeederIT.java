package io.custmgr.sample.seed;

import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.customer.profile.type.Gender;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeds 20 customers once into the shared test database, then checks what landed there. Customers and orders are
 * counted only within the id range this run created, so data of other tests (or of an earlier run on a persistent
 * database) does not count. Catalog checks live in {@link DemoCatalogIT}.
 */
@BroadleafIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataSeederIT {

    private static final int CUSTOMERS = 20;
    private static final String CUSTOMER = "org.broadleafcommerce.profile.core.domain.Customer";
    private static final String ORDER = "org.broadleafcommerce.core.order.domain.Order";

    @Resource(name = "cmSampleDemoDataSeeder")
    DemoDataSeeder seeder;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCountryService")
    CountryService countryService;

    @Resource(name = "blStateService")
    StateService stateService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private DemoDataReport report;
    private long idsAfter;
    private long idsUpTo;

    @BeforeAll
    void seedOnce() {
        SeedingFixture.retireEarlierDemoCustomer(em, transactionManager);
        idsAfter = maxCustomerId();
        report = seeder.seed(CUSTOMERS);
        idsUpTo = maxCustomerId();
    }

    @Test
    void createsTheRequestedCustomersEveryFifthAGuest() {
        assertTrue(report.isSeeded(), report.toString());
        assertEquals(16, report.getRegisteredCustomers());
        assertEquals(4, report.getGuestCustomers());
        assertEquals(20L, countCustomers(""));
        assertEquals(16L, countCustomers("AND c.registered = true AND c.password IS NOT NULL"));
        assertEquals(4L, countCustomers("AND c.registered = false AND c.username LIKE 'guest-%@guest.custmgr.invalid' "
                + "AND c.emailAddress = c.username AND c.deactivated = true AND c.guestProfile.guest = true "
                + "AND c.guestProfile.contactEmail LIKE '%@example.com'"));
        assertEquals(20L, (long) em.createQuery("SELECT COUNT(DISTINCT c.emailAddress) FROM " + CUSTOMER + " c "
                + "WHERE c.id > :after AND c.id <= :upTo", Long.class).setParameter("after", idsAfter)
                .setParameter("upTo", idsUpTo).getSingleResult());
    }

    @Test
    void everyGuestHasExactlyOneSubmittedOrderAndNothingElse() {
        List<Object[]> perGuest = em.createQuery("SELECT c.id, COUNT(o), SUM(CASE WHEN o.status = :submitted "
                + "THEN 1 ELSE 0 END) FROM " + ORDER + " o JOIN o.customer c WHERE c.registered = false "
                + "AND c.id > :after AND c.id <= :upTo GROUP BY c.id", Object[].class)
                .setParameter("submitted", OrderStatus.SUBMITTED.getType())
                .setParameter("after", idsAfter).setParameter("upTo", idsUpTo).getResultList();
        assertEquals(4, perGuest.size());
        for (Object[] guest : perGuest) {
            assertEquals(1L, ((Number) guest[1]).longValue(), "orders of guest " + guest[0]);
            assertEquals(1L, ((Number) guest[2]).longValue(), "submitted orders of guest " + guest[0]);
        }
    }

    @Test
    void everyOrderTotalIsTheSumOfItemPriceTimesQuantity() {
        List<Object[]> sums = em.createQuery("SELECT o.id, o.subTotal, o.total, SUM(i.price * i.quantity), COUNT(i) "
                + "FROM " + ORDER + " o JOIN o.orderItems i WHERE o.customer.id > :after AND o.customer.id <= :upTo "
                + "GROUP BY o.id, o.subTotal, o.total", Object[].class)
                .setParameter("after", idsAfter).setParameter("upTo", idsUpTo).getResultList();
        assertEquals(report.getOrders() + report.getCarts() + report.getWishlists(), sums.size(),
                "every order, cart and wishlist has items");
        for (Object[] order : sums) {
            BigDecimal itemSum = (BigDecimal) order[3];
            assertEquals(0, itemSum.compareTo((BigDecimal) order[1]), "sub total of order " + order[0]);
            assertEquals(0, itemSum.compareTo((BigDecimal) order[2]), "total of order " + order[0]);
            long items = ((Number) order[4]).longValue();
            assertTrue(items >= 1 && items <= 3, items + " items in order " + order[0]);
        }
    }

    @Test
    @Transactional
    void placedOrdersCartsAndWishlistsLookLikeBroadleafsOwn() {
        List<Order> orders = em.createQuery("SELECT o FROM " + ORDER + " o WHERE o.customer.id > :after "
                + "AND o.customer.id <= :upTo", Order.class)
                .setParameter("after", idsAfter).setParameter("upTo", idsUpTo).getResultList();
        int placed = 0;
        int carts = 0;
        int wishlists = 0;
        Set<String> orderNumbers = new HashSet<String>();
        for (Order order : orders) {
            assertEquals("USD", order.getCurrency().getCurrencyCode());
            GuestProfile guest = ((GuestCustomer) order.getCustomer()).getGuestProfile();
            assertEquals(guest.isGuest() ? guest.getContactEmail() : order.getCustomer().getEmailAddress(),
                    order.getEmailAddress(), "a guest's order goes to the e-mail typed at checkout");
            if (OrderStatus.IN_PROCESS.equals(order.getStatus())) {
                carts++;
            } else if (OrderStatus.NAMED.equals(order.getStatus())) {
                assertEquals(OrderSeeder.WISHLIST_NAME, order.getName());
                wishlists++;
            } else {
                placed++;
                assertTrue(orderNumbers.add(order.getOrderNumber()), "unique order number " + order.getOrderNumber());
                assertNotNull(order.getSubmitDate());
                assertEquals(1, order.getFulfillmentGroups().size());
                assertEquals(order.getOrderItems().size(),
                        order.getFulfillmentGroups().get(0).getFulfillmentGroupItems().size());
            }
        }
        assertEquals(report.getOrders(), placed);
        assertEquals(3, report.getCarts(), "customers 3, 10 and 17 keep a cart");
        assertEquals(report.getCarts(), carts);
        assertEquals(3, report.getWishlists(), "customers 0, 2 and 8 keep a wishlist");
        assertEquals(report.getWishlists(), wishlists);
    }

    @Test
    void demoCustomerSignsInWithTheDemoPassword() {
        Customer demo = customerService.readCustomerByUsername(DemoDataSeeder.DEMO_USERNAME, false);

        assertTrue(demo.isRegistered());
        assertEquals("Demo", demo.getFirstName());
        assertEquals("Customer", demo.getLastName());
        assertTrue(customerService.isPasswordValid(DemoDataSeeder.DEMO_PASSWORD, demo.getPassword(), demo));
        assertFalse(customerService.isPasswordValid("wrong-password", demo.getPassword(), demo));
    }

    @Test
    @Transactional
    void profilesAndAddressesAreStored() {
        Customer demo = customerService.readCustomerByUsername(DemoDataSeeder.DEMO_USERNAME, false);
        CustomerProfile profile = ((ProfiledCustomer) demo).getCustomerProfile();
        assertEquals(Gender.FEMALE, profile.getGender());
        assertEquals("Example Trading Ltd", profile.getCompany());
        assertEquals("+1 512 555-0100", profile.getPhone());
        assertEquals(CustomerActivityStatus.ACTIVE, profile.getActivityStatus());
        assertNotNull(profile.getDateOfBirth());

        List<CustomerAddress> addresses = demo.getCustomerAddresses();
        assertEquals(2, addresses.size());
        assertEquals("US", addresses.get(0).getAddress().getCountry().getAbbreviation());
        assertNotNull(addresses.get(0).getAddress().getState());

        long withGender = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM BLC_CUSTOMER WHERE CUSTOMER_ID > ? "
                + "AND CUSTOMER_ID <= ? AND CM_GENDER IS NOT NULL AND CM_ACTIVITY_STATUS IS NOT NULL")
                .setParameter(1, idsAfter).setParameter(2, idsUpTo).getSingleResult()).longValue();
        assertTrue(withGender >= 15, "most customers have profile data, got " + withGender);
    }

    @Test
    void addsTheReferenceDataAddressesNeed() {
        for (String country : new String[] {"US", "CA", "GB"}) {
            assertNotNull(countryService.findCountryByAbbreviation(country), country);
        }
        assertEquals("US", stateService.findStateByAbbreviation("TX").getCountry().getAbbreviation());
    }

    @Test
    void demoGroupsHaveTheirMembersAndStaffTheirAccessFlags() {
        assertEquals(3L, countMembers(GroupSeeder.STAFF), "persons 1 to 3");
        assertEquals(2L, countMembers(GroupSeeder.VIP), "the demo customer and person 10");
        assertEquals(countCustomers("AND c.registered = true AND c.customerProfile.company IS NOT NULL"),
                countMembers(GroupSeeder.WHOLESALE), "registered persons with a business");
        assertTrue(countMembers(GroupSeeder.WHOLESALE) > 0);
        assertEquals(3L, countCustomers("AND c.customerProfile.libraryAllAccess = true"));
        assertEquals(5L, countCustomers("AND c.customerProfile.memberDirectory = true"), "3 staff and 2 VIPs");
        assertEquals(0L, countCustomers("AND c.registered = false AND c.customerProfile.newsletterOptIn = true"));
        assertTrue(countCustomers("AND c.customerProfile.newsletterOptIn = true") > 0);
    }

    @Test
    void everyPlacedOrderOfADigitalProductPutItInTheBuyersLibrary() {
        String customers = " BETWEEN " + (idsAfter + 1) + " AND " + idsUpTo;
        Number bought = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT o.CUSTOMER_ID,"
                + " d.PRODUCT_ID FROM BLC_ORDER o JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID WHERE p.CM_DIGITAL = TRUE"
                + " AND o.ORDER_STATUS = 'SUBMITTED' AND o.CUSTOMER_ID" + customers + ") x").getSingleResult();
        Number entries = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_LIBRARY_ENTRY WHERE STATUS = 'ACTIVE'"
                + " AND ACQUISITION = 'PURCHASE' AND CUSTOMER_ID" + customers).getSingleResult();
        assertTrue(bought.longValue() > 0, "the demo sells downloads");
        assertEquals(bought.longValue(), entries.longValue());
    }

    @Test
    void seedingAgainChangesNothing() {
        long customersBefore = countAll(CUSTOMER);
        long ordersBefore = countAll(ORDER);

        DemoDataReport again = seeder.seed(CUSTOMERS);

        assertFalse(again.isSeeded(), again.toString());
        assertTrue(seeder.isSeeded());
        assertEquals(customersBefore, countAll(CUSTOMER));
        assertEquals(ordersBefore, countAll(ORDER));
    }

    private long countCustomers(String condition) {
        return em.createQuery("SELECT COUNT(c) FROM " + CUSTOMER + " c WHERE c.id > :after AND c.id <= :upTo "
                + condition, Long.class).setParameter("after", idsAfter).setParameter("upTo", idsUpTo)
                .getSingleResult();
    }

    private long countMembers(String groupName) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_CUSTOMER_GROUP_MEMBER m "
                + "JOIN CM_CUSTOMER_GROUP g ON g.CUSTOMER_GROUP_ID = m.CUSTOMER_GROUP_ID "
                + "WHERE g.NAME = ? AND m.CUSTOMER_ID > ? AND m.CUSTOMER_ID <= ?").setParameter(1, groupName)
                .setParameter(2, idsAfter).setParameter(3, idsUpTo).getSingleResult()).longValue();
    }

    private long countAll(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    private long maxCustomerId() {
        Long max = em.createQuery("SELECT MAX(c.id) FROM " + CUSTOMER + " c", Long.class).getSingleResult();
        return max == null ? 0L : max;
    }
}
