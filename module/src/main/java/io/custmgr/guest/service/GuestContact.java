package io.custmgr.guest.service;

import org.broadleafcommerce.profile.core.domain.Address;

/** What a buyer typed at a checkout without an account. Plain holder; validated by {@link GuestProfileService}. */
public class GuestContact {

    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private Address address;

    public GuestContact(String email) {
        this.email = email;
    }

    public GuestContact name(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public GuestContact phone(String phone) {
        this.phone = phone;
        return this;
    }

    /** The checkout's billing or shipping address; copied onto the guest profile, never shared with the order. */
    public GuestContact address(Address address) {
        this.address = address;
        return this;
    }

    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getPhone() { return phone; }
    public Address getAddress() { return address; }
}
