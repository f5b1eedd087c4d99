package io.custmgr.sample.web.checkout;

/** What the checkout page asks for: contact and delivery address. Bound only through the allowed fields. */
public class CheckoutForm {

    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private String addressLine1;
    private String city;
    private String postalCode;
    private String country = "US";
    private String rewardPoints;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRewardPoints() { return rewardPoints; }
    public void setRewardPoints(String rewardPoints) { this.rewardPoints = rewardPoints; }
}
