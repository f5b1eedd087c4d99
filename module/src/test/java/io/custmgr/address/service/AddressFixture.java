package io.custmgr.address.service;

import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.domain.StateImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.persistence.EntityManager;

/** Reference data and customers for address book tests, inside the test's (rolled back) transaction. */
final class AddressFixture {

    private final EntityManager em;
    private final CustomerService customerService;

    AddressFixture(EntityManager em, CustomerService customerService) {
        this.em = em;
        this.customerService = customerService;
        country("US", "United States");
        country("GB", "United Kingdom");
        country("DE", "Germany");
        country("FR", "France");
        country("NL", "Netherlands");
        country("JP", "Japan");
        state("CA", "California", "US");
    }

    Customer customer(String email) {
        Customer customer = customerService.createCustomer();
        customer.setEmailAddress(email);
        customer.setUsername(email);
        customer.setRegistered(true);
        customer = customerService.saveCustomer(customer, false);
        em.flush();
        return customer;
    }

    static AddressInput input(String line1, String city, String postalCode, String country) {
        AddressInput input = new AddressInput();
        input.setFirstName("Ann");
        input.setLastName("Lee");
        input.setAddressLine1(line1);
        input.setCity(city);
        input.setPostalCode(postalCode);
        input.setCountry(country);
        return input;
    }

    private void country(String abbreviation, String name) {
        if (em.find(CountryImpl.class, abbreviation) == null) {
            Country country = new CountryImpl();
            country.setAbbreviation(abbreviation);
            country.setName(name);
            em.persist(country);
        }
    }

    private void state(String abbreviation, String name, String country) {
        if (em.find(StateImpl.class, abbreviation) == null) {
            State state = new StateImpl();
            state.setAbbreviation(abbreviation);
            state.setName(name);
            state.setCountry(em.find(CountryImpl.class, country));
            em.persist(state);
        }
    }
}
