package io.custmgr.address.service;

import io.custmgr.address.domain.AddressBookEntry;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAddressImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The address book's default and ownership rules, through the service against the real schema (rolled back). */
@BroadleafIntegrationTest
@Transactional
class CustomerAddressBookIT {

    @Resource(name = "cmCustomerAddressBook")
    CustomerAddressBook book;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    AddressFixture fixture;
    Long customerId;

    @BeforeEach
    void setUp() {
        fixture = new AddressFixture(em, customerService);
        customerId = fixture.customer("book@example.com").getId();
    }

    @Test
    void hostCustomerAddressCarriesTheDefaultsWithoutASubclass() {
        assertInstanceOf(AddressBookEntry.class, new CustomerAddressImpl(),
                "CustomerAddressImpl was not transformed: is the JVM running with the spring-instrument agent?");
    }

    @Test
    void firstAddressBecomesDefaultBillingAndShipping() {
        Long first = add("1 First St");
        Long second = add("2 Second St");

        assertDefaults(first, first);
        assertEquals(first, book.findDefaultBilling(customerId).getId());
        assertEquals(first, book.findDefaultShipping(customerId).getId());
        assertEquals(second, book.findEntries(customerId).get(1).getId());
        assertFlagsInDatabase(first, true, true);
        assertFlagsInDatabase(second, false, false);
    }

    @Test
    void choosingDefaultsMovesEachBadgeAlone() {
        Long first = add("1 First St");
        Long second = add("2 Second St");
        Long third = add("3 Third St");

        book.chooseDefaultBilling(customerId, second);
        assertDefaults(second, first);

        book.chooseDefaultShipping(customerId, third);
        assertDefaults(second, third);
        assertFlagsInDatabase(first, false, false);
        assertFlagsInDatabase(second, true, false);
        assertFlagsInDatabase(third, false, true);
    }

    @Test
    void deletingTheDefaultBillingMovesItToTheOldestRemainingAddress() {
        Long first = add("1 First St");
        Long second = add("2 Second St");
        Long third = add("3 Third St");
        book.chooseDefaultShipping(customerId, third);

        book.delete(customerId, first);

        assertDefaults(second, third);
        book.delete(customerId, third);
        assertDefaults(second, second);
        book.delete(customerId, second);
        assertNull(book.findDefaultBilling(customerId));
        assertNull(book.findDefaultShipping(customerId));
        assertTrue(book.findEntries(customerId).isEmpty());
    }

    @Test
    void deletingTheDefaultShippingMovesItToTheDefaultBillingAddress() {
        Long first = add("1 First St");
        Long second = add("2 Second St");
        add("3 Third St");
        book.chooseDefaultShipping(customerId, second);

        book.delete(customerId, second);

        assertDefaults(first, first);
    }

    @Test
    void shippingSameAsBillingKeepsShippingOnTheBillingAddress() {
        Long first = add("1 First St");
        Long second = add("2 Second St");
        Long third = add("3 Third St");
        book.chooseDefaultShipping(customerId, third);

        book.setShippingSameAsBilling(customerId, true);
        assertTrue(book.isShippingSameAsBilling(customerId));
        assertDefaults(first, first);

        book.chooseDefaultBilling(customerId, second);
        assertDefaults(second, second);
        assertFlagsInDatabase(second, true, true);

        book.chooseDefaultShipping(customerId, third);
        assertFalse(book.isShippingSameAsBilling(customerId), "an explicit other shipping address switches it off");
        assertDefaults(second, third);
    }

    @Test
    void addressesWrittenByOtherCodeReadTheOldestAsDefault() {
        Long first = add("1 First St");
        Long second = add("2 Second St");
        em.createNativeQuery("UPDATE BLC_CUSTOMER_ADDRESS SET CM_DEFAULT_BILLING = NULL, CM_DEFAULT_SHIPPING = NULL"
                + " WHERE CUSTOMER_ID = " + customerId).executeUpdate();
        em.clear();

        assertDefaults(first, first);
        Long strangers = book.add(fixture.customer("other.owner@example.com").getId(),
                AddressFixture.input("9 Far Away", "Springfield", "62704", "US")).getId();
        Map<Long, AddressBookEntryView> byId = book.findEntriesByIds(Arrays.asList(second, strangers, first, -1L));
        assertEquals(3, byId.size(), "one view per known id, across owners");
        assertTrue(byId.get(first).isDefaultBilling() && byId.get(first).isDefaultShipping());
        assertFalse(byId.get(second).isDefaultBilling());
        assertTrue(byId.get(strangers).isDefaultBilling(), "each owner's own defaults");
        book.applyRules(customerId, null, null);
        em.flush();
        assertFlagsInDatabase(first, true, true);
        assertFlagsInDatabase(second, false, false);
    }

    @Test
    void anotherCustomersAddressIsRefused() {
        Long mine = add("1 First St");
        Long strangerId = fixture.customer("stranger@example.com").getId();

        assertThrows(AddressNotFoundException.class, () -> book.delete(strangerId, mine));
        assertThrows(AddressNotFoundException.class,
                () -> book.update(strangerId, mine, AddressFixture.input("Hijack", "X", "1", "US")));
        assertThrows(AddressNotFoundException.class, () -> book.chooseDefaultBilling(strangerId, mine));
        assertThrows(AddressNotFoundException.class, () -> book.chooseDefaultShipping(strangerId, mine));
        assertThrows(AddressNotFoundException.class, () -> book.findInput(strangerId, mine));
        em.flush();
        em.clear();
        assertEquals("1 First St", em.find(CustomerAddressImpl.class, mine).getAddress().getAddressLine1());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        AddressInput input = AddressFixture.input(" ", "", longText(256), "XX");
        input.setFirstName(longText(256));

        InvalidAddressException refused = assertThrows(InvalidAddressException.class,
                () -> book.add(customerId, input));

        assertEquals("required", refused.getFieldErrors().get("addressLine1"));
        assertEquals("required", refused.getFieldErrors().get("city"));
        assertEquals("tooLong", refused.getFieldErrors().get("postalCode"));
        assertEquals("tooLong", refused.getFieldErrors().get("firstName"));
        assertEquals("unknown", refused.getFieldErrors().get("country"));
        assertTrue(book.findEntries(customerId).isEmpty());
    }

    @Test
    void aTakenAddressNameIsRefused() {
        AddressInput home = AddressFixture.input("1 First St", "Springfield", "12345", "US");
        home.setAddressName("Home");
        book.add(customerId, home);
        AddressInput again = AddressFixture.input("2 Second St", "Springfield", "12345", "US");
        again.setAddressName("home");

        InvalidAddressException refused = assertThrows(InvalidAddressException.class,
                () -> book.add(customerId, again));
        assertEquals("taken", refused.getFieldErrors().get("addressName"));
    }

    @Test
    void entriesAreFormattedForTheirCountry() {
        AddressInput us = AddressFixture.input("1 Main St", "Springfield", "62704", "US");
        us.setState("CA");
        book.add(customerId, us);
        book.add(customerId, AddressFixture.input("10 Downing Street", "London", "SW1A 2AA", "GB"));
        book.add(customerId, AddressFixture.input("Unter den Linden 1", "Berlin", "10117", "DE"));

        List<AddressBookEntryView> entries = book.findEntries(customerId);

        assertEquals(Arrays.asList("Ann Lee", "1 Main St", "Springfield, CA 62704", "United States"),
                entries.get(0).getLines());
        assertEquals(Arrays.asList("Ann Lee", "10 Downing Street", "London", "SW1A 2AA", "United Kingdom"),
                entries.get(1).getLines());
        assertEquals(Arrays.asList("Ann Lee", "Unter den Linden 1", "10117 Berlin", "Germany"), entries.get(2).getLines());
        em.flush();
        em.clear();
        CustomerAddress stored = em.find(CustomerAddressImpl.class, entries.get(2).getId());
        assertEquals("Ann Lee / Unter den Linden 1 / 10117 Berlin / Germany",
                ((AddressBookEntry) stored).getAddressDefaults().getFormatted(), "the admin grid's column");
    }

    private Long add(String line1) {
        return book.add(customerId, AddressFixture.input(line1, "Springfield", "62704", "US")).getId();
    }

    private void assertDefaults(Long billing, Long shipping) {
        for (AddressBookEntryView entry : book.findEntries(customerId)) {
            assertEquals(entry.getId().equals(billing), entry.isDefaultBilling(), "billing badge of " + entry.getId());
            assertEquals(entry.getId().equals(shipping), entry.isDefaultShipping(),
                    "shipping badge of " + entry.getId());
        }
        assertEquals(billing, book.findDefaultBilling(customerId).getId());
        assertEquals(shipping, book.findDefaultShipping(customerId).getId());
    }

    private void assertFlagsInDatabase(Long customerAddressId, boolean billing, boolean shipping) {
        em.flush();
        Object[] row = (Object[]) em.createNativeQuery("SELECT CM_DEFAULT_BILLING, CM_DEFAULT_SHIPPING FROM"
                + " BLC_CUSTOMER_ADDRESS WHERE CUSTOMER_ADDRESS_ID = " + customerAddressId).getSingleResult();
        assertEquals(billing, Boolean.TRUE.equals(row[0]), "stored billing flag of " + customerAddressId);
        assertEquals(shipping, Boolean.TRUE.equals(row[1]), "stored shipping flag of " + customerAddressId);
    }

    private static String longText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }
}
