package io.custmgr.sample.seed;

import io.custmgr.customer.profile.type.CustomerActivityStatus;
import io.custmgr.customer.profile.type.Gender;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** Everything the seeder writes about one demo customer, before it becomes a Broadleaf entity. */
final class DemoPerson {

    private final int index;
    private final boolean registered;
    private final String firstName;
    private final String lastName;
    private final String emailAddress;
    private final String username;
    private Gender gender;
    private Date dateOfBirth;
    private String company;
    private String phone;
    private boolean taxExempt;
    private CustomerActivityStatus activityStatus = CustomerActivityStatus.ACTIVE;
    private String adminComment;
    private String registrationIp;
    private boolean shopper = true;
    private final List<DemoAddress> addresses = new ArrayList<DemoAddress>();
    private final List<String[]> savedCards = new ArrayList<String[]>();

    DemoPerson(int index, boolean registered, String firstName, String lastName, String emailAddress, String username) {
        this.index = index;
        this.registered = registered;
        this.firstName = firstName;
        this.lastName = lastName;
        this.emailAddress = emailAddress;
        this.username = username;
    }

    /** @return the position in the seeding run; 0 is the well-known demo customer */
    int getIndex() {
        return index;
    }

    boolean isDemoCustomer() {
        return index == 0;
    }

    boolean isRegistered() {
        return registered;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getEmailAddress() {
        return emailAddress;
    }

    String getUsername() {
        return username;
    }

    Gender getGender() {
        return gender;
    }

    void setGender(Gender gender) {
        this.gender = gender;
    }

    Date getDateOfBirth() {
        return dateOfBirth == null ? null : new Date(dateOfBirth.getTime());
    }

    void setDateOfBirth(Date dateOfBirth) {
        this.dateOfBirth = dateOfBirth == null ? null : new Date(dateOfBirth.getTime());
    }

    String getCompany() {
        return company;
    }

    void setCompany(String company) {
        this.company = company;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    boolean isTaxExempt() {
        return taxExempt;
    }

    void setTaxExempt(boolean taxExempt) {
        this.taxExempt = taxExempt;
    }

    CustomerActivityStatus getActivityStatus() {
        return activityStatus;
    }

    void setActivityStatus(CustomerActivityStatus activityStatus) {
        this.activityStatus = activityStatus;
    }

    String getAdminComment() {
        return adminComment;
    }

    void setAdminComment(String adminComment) {
        this.adminComment = adminComment;
    }

    /** @return the client IP the account registered from, null when not recorded */
    String getRegistrationIp() {
        return registrationIp;
    }

    void setRegistrationIp(String registrationIp) {
        this.registrationIp = registrationIp;
    }

    /** @return false for a bot registration: no orders, cart or wishlist, no groups, so the audit finds it unused */
    boolean isShopper() {
        return shopper;
    }

    void setShopper(boolean shopper) {
        this.shopper = shopper;
    }

    /** @return the saved addresses, the default one first */
    List<DemoAddress> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }

    /** @return saved cards as {card type, last four, expiry MM/YY}, the default one first */
    List<String[]> getSavedCards() {
        return Collections.unmodifiableList(savedCards);
    }

    void addSavedCard(String cardType, String lastFour, String expiry) {
        savedCards.add(new String[] {cardType, lastFour, expiry});
    }

    void addAddress(DemoAddress address) {
        addresses.add(address);
    }
}
