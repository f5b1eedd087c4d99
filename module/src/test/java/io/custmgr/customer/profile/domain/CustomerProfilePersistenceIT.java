package io.custmgr.customer.profile.domain;

import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.customer.profile.type.Gender;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.text.SimpleDateFormat;
import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BroadleafIntegrationTest
@Transactional
class CustomerProfilePersistenceIT {

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void hostCustomerCarriesTheProfileWithoutASubclass() {
        Customer customer = customerService.createCustomer();

        assertEquals(CustomerImpl.class, customer.getClass(), "the host keeps its own Customer class");
        assertInstanceOf(ProfiledCustomer.class, customer,
                "CustomerImpl was not transformed: is the JVM running with the spring-instrument agent?");
    }

    @Test
    void newCustomerStartsActiveAndWithoutPersonalData() {
        CustomerProfile profile = ((ProfiledCustomer) customerService.createCustomer()).getCustomerProfile();

        assertEquals(CustomerActivityStatus.ACTIVE, profile.getActivityStatus());
        assertNull(profile.getDateOfBirth());
        assertNull(profile.getCompany());
        assertFalse(profile.isTaxExempt());
    }

    @Test
    void profileFieldsRoundTripThroughTheCustomerTable() throws Exception {
        Date birthday = new SimpleDateFormat("yyyy-MM-dd").parse("1984-02-29");
        Customer customer = newCustomer("round.trip@example.com");
        CustomerProfile profile = ((ProfiledCustomer) customer).getCustomerProfile();
        profile.setGender(Gender.FEMALE);
        profile.setDateOfBirth(birthday);
        profile.setCompany("Heat Clinic Ltd");
        profile.setPhone("+44 20 7946 0958");
        profile.setAdminComment("Prefers invoices by post");
        profile.setTaxExempt(true);
        profile.setActivityStatus(CustomerActivityStatus.SUSPENDED);
        Long id = customerService.saveCustomer(customer).getId();
        em.flush();
        em.clear();

        Object[] row = (Object[]) em.createNativeQuery("SELECT CM_GENDER, CM_COMPANY, CM_PHONE, CM_TAX_EXEMPT, "
                + "CM_ACTIVITY_STATUS FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?").setParameter(1, id).getSingleResult();
        assertEquals("FEMALE", row[0]);
        assertEquals("Heat Clinic Ltd", row[1]);
        assertEquals("+44 20 7946 0958", row[2]);
        assertEquals(Boolean.TRUE, row[3]);
        assertEquals("SUSPENDED", row[4]);

        CustomerProfile reloaded = ((ProfiledCustomer) customerService.readCustomerById(id)).getCustomerProfile();
        assertEquals(Gender.FEMALE, reloaded.getGender());
        assertEquals(birthday, new Date(reloaded.getDateOfBirth().getTime()));
        assertEquals("Prefers invoices by post", reloaded.getAdminComment());
        assertTrue(reloaded.isTaxExempt());
        assertEquals(CustomerActivityStatus.SUSPENDED, reloaded.getActivityStatus());
    }

    @Test
    void customerSavedWithEmptyProfileColumnsReadsAsActive() {
        Long id = customerService.saveCustomer(newCustomer("legacy.row@example.com")).getId();
        em.flush();
        em.createNativeQuery("UPDATE BLC_CUSTOMER SET CM_ACTIVITY_STATUS = NULL, CM_TAX_EXEMPT = NULL "
                + "WHERE CUSTOMER_ID = ?").setParameter(1, id).executeUpdate();
        em.clear();

        CustomerProfile profile = ((ProfiledCustomer) customerService.readCustomerById(id)).getCustomerProfile();

        assertEquals(CustomerActivityStatus.ACTIVE, profile.getActivityStatus());
        assertFalse(profile.isTaxExempt());
    }

    @Test
    void entityReferencesAreLazyProxies() {
        Long id = customerService.saveCustomer(newCustomer("lazy@example.com")).getId();
        em.flush();
        em.clear();

        Object reference = em.getReference(CustomerImpl.class, id);

        assertInstanceOf(HibernateProxy.class, reference, "javassist proxies are off (HHH000305): add-opens missing?");
        assertFalse(Hibernate.isInitialized(reference));
        assertEquals("lazy@example.com", ((Customer) reference).getEmailAddress());
        assertTrue(Hibernate.isInitialized(reference));
    }

    private Customer newCustomer(String email) {
        Customer customer = customerService.createCustomer();
        customer.setEmailAddress(email);
        customer.setUsername(email);
        customer.setFirstName("Ada");
        customer.setLastName("Lovelace");
        return customer;
    }
}
