package io.custmgr.sample.seed;

/** A postal address of a demo person, by country and state code (the seeder turns the codes into entities). */
final class DemoAddress {

    private final String label;
    private final String street;
    private final String city;
    private final String stateCode;
    private final String postalCode;
    private final String countryCode;

    DemoAddress(String label, String street, String city, String stateCode, String postalCode, String countryCode) {
        this.label = label;
        this.street = street;
        this.city = city;
        this.stateCode = stateCode;
        this.postalCode = postalCode;
        this.countryCode = countryCode;
    }

    /** @return the customer's name for it, e.g. "Home" */
    String getLabel() {
        return label;
    }

    String getStreet() {
        return street;
    }

    String getCity() {
        return city;
    }

    /** @return a US state code, or null outside the US */
    String getStateCode() {
        return stateCode;
    }

    String getPostalCode() {
        return postalCode;
    }

    String getCountryCode() {
        return countryCode;
    }
}
