package io.custmgr.sample.seed;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.guest.domain.GuestCustomer;
import io.custmgr.guest.domain.GuestKeyImpl;
import io.custmgr.guest.domain.GuestProfile;
import io.custmgr.guest.service.ContactEmails;
import io.custmgr.security.password.BcryptHashes;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.CustomerPayment;
import org.broadleafcommerce.profile.core.service.CustomerService;

import javax.persistence.EntityManager;

/**
 * Persists one demo person as a Broadleaf customer with profile and saved addresses, in the current transaction.
 * Passwords go through Broadleaf's own encoding ({@link CustomerService#encodePassword}); when the hash does not depend
 * on the customer (bcrypt, which salts itself, or an encoder without salt source) it is computed once: bcrypt at the
 * store's cost takes a noticeable time per hash.
 */
final class CustomerSeeder {

    private final CustomerService customerService;
    private final EntityFactory entities;
    private final EntityManager em;
    private final String password;
    private final boolean saltedPerCustomer;
    private String sharedEncodedPassword;

    CustomerSeeder(CustomerService customerService, EntityFactory entities, EntityManager em, String password) {
        this.customerService = customerService;
        this.entities = entities;
        this.em = em;
        this.password = password;
        this.saltedPerCustomer = customerService.getSaltSource() != null;
    }

    /** @return the new, managed customer */
    Customer create(DemoPerson person, SeedBatch batch) {
        // Broadleaf's id generation: ids stay in step with customers the storefront creates later
        Customer customer = customerService.createCustomer();
        customer.setUsername(person.getUsername());
        // a guest's own address is its generated user name; the address it typed at checkout is the contact e-mail
        customer.setEmailAddress(person.isRegistered() ? person.getEmailAddress() : person.getUsername());
        customer.setFirstName(person.getFirstName());
        customer.setLastName(person.getLastName());
        customer.setRegistered(person.isRegistered());
        customer.setReceiveEmail(person.isRegistered());
        if (person.isRegistered()) {
            customer.setPassword(encodedPassword(customer));
        }
        fillProfile(((ProfiledCustomer) customer).getCustomerProfile(), person);
        if (!person.isRegistered()) {
            customer.setDeactivated(true);
            GuestProfile guest = ((GuestCustomer) customer).getGuestProfile();
            guest.setGuest(true);
            guest.setContactEmail(person.getEmailAddress());
        }
        for (DemoAddress demoAddress : person.getAddresses()) {
            CustomerAddress customerAddress = entities.create(CustomerAddress.class);
            customerAddress.setAddressName(demoAddress.getLabel());
            customerAddress.setCustomer(customer);
            Address address = newAddress(demoAddress, person, batch);
            address.setDefault(customer.getCustomerAddresses().isEmpty());
            customerAddress.setAddress(address);
            customer.getCustomerAddresses().add(customerAddress);
        }
        addSavedCards(customer, person, batch);
        em.persist(customer);
        if (!person.isRegistered()) {
            em.persist(new GuestKeyImpl(ContactEmails.key(person.getEmailAddress()), customer.getId()));
        }
        return customer;
    }

    /** @return a new, unsaved address for this person (orders take copies, not the customer's own rows) */
    Address newAddress(DemoAddress demoAddress, DemoPerson person, SeedBatch batch) {
        Address address = entities.create(Address.class);
        address.setFirstName(person.getFirstName());
        address.setLastName(person.getLastName());
        address.setCompanyName(person.getCompany());
        address.setAddressLine1(demoAddress.getStreet());
        address.setCity(demoAddress.getCity());
        address.setState(batch.getState(demoAddress.getStateCode()));
        address.setPostalCode(demoAddress.getPostalCode());
        address.setCountry(batch.getCountry(demoAddress.getCountryCode()));
        address.setEmailAddress(person.getEmailAddress());
        address.setActive(true);
        return address;
    }

    /** Cards as a gateway leaves them: a token of its own and the masked fields, never a card number. */
    private void addSavedCards(Customer customer, DemoPerson person, SeedBatch batch) {
        for (String[] card : person.getSavedCards()) {
            CustomerPayment payment = entities.create(CustomerPayment.class);
            payment.setCustomer(customer);
            payment.setPaymentToken("demo-gateway-" + person.getUsername() + "-" + card[1]);
            payment.setDefault(customer.getCustomerPayments().isEmpty());
            payment.setBillingAddress(newAddress(person.getAddresses().get(0), person, batch));
            payment.getAdditionalFields().put("CARD_TYPE", card[0]);
            payment.getAdditionalFields().put("LAST_FOUR", card[1]);
            payment.getAdditionalFields().put("EXP_DATE", card[2]);
            payment.getAdditionalFields().put("NAME_ON_CARD", person.getFirstName() + " " + person.getLastName());
            customer.getCustomerPayments().add(payment);
        }
    }

    private static void fillProfile(CustomerProfile profile, DemoPerson person) {
        profile.setGender(person.getGender());
        profile.setDateOfBirth(person.getDateOfBirth());
        profile.setCompany(person.getCompany());
        profile.setPhone(person.getPhone());
        profile.setTaxExempt(person.isTaxExempt());
        profile.setActivityStatus(person.getActivityStatus());
        profile.setAdminComment(person.getAdminComment());
        profile.setRegistrationIp(person.getRegistrationIp());
    }

    private String encodedPassword(Customer customer) {
        if (sharedEncodedPassword != null) {
            return sharedEncodedPassword;
        }
        String encoded = customerService.encodePassword(password, customer);
        // bcrypt keeps a salt of its own in the hash, so one hash of the demo password signs every demo customer in
        if (!saltedPerCustomer || BcryptHashes.isBcrypt(encoded)) {
            sharedEncodedPassword = encoded;
        }
        return encoded;
    }
}
