package io.custmgr.customer.profile.service;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access flags and contact fields of the profile, stored in BLC_CUSTOMER and read through the services. */
@BroadleafIntegrationTest
@Transactional
class CustomerAccessIT {

    @Resource(name = "cmCustomerAccessService")
    CustomerAccessService accessService;

    @Resource(name = "cmCustomerProfileService")
    CustomerProfileService profileService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void newCustomerHasNoAccessFlagsAndNoNewsletterConsent() {
        Customer customer = saved("plain@example.com", false, false);

        CustomerProfile profile = profileService.findProfile(customerService.readCustomerById(customer.getId()));
        assertFalse(profile.isLibraryAllAccess());
        assertFalse(profile.isMemberDirectory());
        assertFalse(profile.isNewsletterOptIn());
        assertFalse(accessService.hasLibraryAllAccess(customer));
        assertFalse(accessService.isInMemberDirectory(customer));
    }

    @Test
    void accessFlagsRoundTripThroughTheCustomerTable() {
        Long libraryOnly = saved("library@example.com", true, false).getId();
        Long directoryOnly = saved("directory@example.com", false, true).getId();
        em.clear();

        Object[] row = (Object[]) em.createNativeQuery("SELECT CM_LIBRARY_ALL_ACCESS, CM_MEMBER_DIRECTORY "
                + "FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?").setParameter(1, libraryOnly).getSingleResult();
        assertEquals(Boolean.TRUE, row[0]);
        assertEquals(Boolean.FALSE, row[1]);
        assertTrue(accessService.hasLibraryAllAccess(customerService.readCustomerById(libraryOnly)));
        assertFalse(accessService.isInMemberDirectory(customerService.readCustomerById(libraryOnly)));
        assertFalse(accessService.hasLibraryAllAccess(customerService.readCustomerById(directoryOnly)));
        assertTrue(accessService.isInMemberDirectory(customerService.readCustomerById(directoryOnly)));
    }

    @Test
    void memberDirectoryListsExactlyTheFlaggedCustomersInPages() {
        List<Long> before = accessService.findMemberDirectoryCustomerIds(0, Integer.MAX_VALUE);
        Long first = saved("dir.one@example.com", false, true).getId();
        saved("dir.not@example.com", true, false);
        Long second = saved("dir.two@example.com", false, true).getId();

        List<Long> listed = accessService.findMemberDirectoryCustomerIds(0, Integer.MAX_VALUE);

        assertEquals(before.size() + 2, listed.size());
        assertTrue(listed.contains(first) && listed.contains(second));
        assertEquals(listed.subList(1, 2), accessService.findMemberDirectoryCustomerIds(1, 1));
    }

    @Test
    void noCustomerOrAnAnonymousVisitorHasNoAccess() {
        Customer visitor = customerService.createNewCustomer();
        visitor.setAnonymous(true);
        profileService.findProfile(visitor).setLibraryAllAccess(true);

        assertFalse(accessService.hasLibraryAllAccess(null));
        assertFalse(accessService.isInMemberDirectory(null));
        assertFalse(accessService.hasLibraryAllAccess(visitor));
    }

    @Test
    void faxNewsletterAndBusinessNameRoundTripAndRegistrationDatesAreKept() {
        Customer customer = newCustomer("contact@example.com");
        CustomerProfile profile = profileService.findProfile(customer);
        profile.setFax("+49 30 1234-99");
        profile.setNewsletterOptIn(true);
        profile.setCompany("Heat Clinic Ltd");
        Long id = customerService.saveCustomer(customer).getId();
        em.flush();
        em.clear();

        Object[] row = (Object[]) em.createNativeQuery("SELECT CM_FAX, CM_NEWSLETTER_OPT_IN, CM_COMPANY, DATE_CREATED "
                + "FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?").setParameter(1, id).getSingleResult();
        assertEquals("+49 30 1234-99", row[0]);
        assertEquals(Boolean.TRUE, row[1]);
        assertEquals("Heat Clinic Ltd", row[2]);
        assertNotNull(row[3], "Broadleaf records the registration date the admin shows");
        Customer reloaded = customerService.readCustomerById(id);
        assertEquals("+49 30 1234-99", profileService.findProfile(reloaded).getFax());
        assertTrue(profileService.findProfile(reloaded).isNewsletterOptIn());

        Date created = reloaded.getAuditable().getDateCreated();
        reloaded.setFirstName("Changed");
        customerService.saveCustomer(reloaded);
        em.flush();
        em.clear();
        Customer updated = customerService.readCustomerById(id);
        assertEquals(created, updated.getAuditable().getDateCreated(), "the registration date never moves");
        assertNotNull(updated.getAuditable().getDateUpdated(), "Broadleaf records the last update");
    }

    private Customer saved(String email, boolean libraryAllAccess, boolean memberDirectory) {
        Customer customer = newCustomer(email);
        profileService.findProfile(customer).setLibraryAllAccess(libraryAllAccess);
        profileService.findProfile(customer).setMemberDirectory(memberDirectory);
        Customer saved = customerService.saveCustomer(customer);
        em.flush();
        return saved;
    }

    private Customer newCustomer(String email) {
        Customer customer = customerService.createCustomer();
        customer.setEmailAddress(email);
        customer.setUsername(email);
        return customer;
    }
}
