package io.custmgr.address.service;

import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.AddressImpl;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.domain.StateImpl;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryAddressFormatterTest {

    private final AddressFormatter formatter = new CountryAddressFormatter();

    @Test
    void unitedStatesPutsCityStateAndZipOnOneLine() {
        Address address = address("US", "United States", "1 Main St", "Springfield", "62704");
        State state = new StateImpl();
        state.setAbbreviation("IL");
        address.setState(state);

        assertEquals(Arrays.asList("Ann Lee", "1 Main St", "Springfield, IL 62704", "United States"),
                formatter.lines(address));
    }

    @Test
    void unitedKingdomPutsTownAndPostcodeOnLinesOfTheirOwn() {
        assertEquals(Arrays.asList("Ann Lee", "10 Downing Street", "London", "SW1A 2AA", "United Kingdom"),
                formatter.lines(address("GB", "United Kingdom", "10 Downing Street", "London", "SW1A 2AA")));
    }

    @Test
    void continentalEuropePutsThePostalCodeBeforeTheCity() {
        assertEquals("Ann Lee, 5 Rue de Rivoli, 75001 Paris, France",
                formatter.format(address("FR", "France", "5 Rue de Rivoli", "Paris", "75001"), ", "));
        assertEquals("Ann Lee, Damrak 1, 1012 LG Amsterdam, Netherlands",
                formatter.format(address("NL", "Netherlands", "Damrak 1", "Amsterdam", "1012 LG"), ", "));
        assertEquals("Ann Lee, Unter den Linden 1, 10117 Berlin, Germany",
                formatter.format(address("de", "Germany", "Unter den Linden 1", "Berlin", "10117"), ", "));
    }

    @Test
    void otherCountriesGetCityRegionAndPostalCode() {
        assertEquals(Arrays.asList("Ann Lee", "1-1 Chiyoda", "Tokyo 100-0001", "Japan"),
                formatter.lines(address("JP", "Japan", "1-1 Chiyoda", "Tokyo", "100-0001")));
    }

    @Test
    void blankPartsAreLeftOutAndMarkupStaysText() {
        Address address = address("US", "United States", "<script>alert(1)</script>", "Springfield", null);
        address.setCompanyName("  ");

        assertEquals(Arrays.asList("Ann Lee", "<script>alert(1)</script>", "Springfield", "United States"),
                formatter.lines(address));
        assertEquals(0, formatter.lines(null).size());
    }

    private static Address address(String code, String name, String line1, String city, String postalCode) {
        Country country = new CountryImpl();
        country.setAbbreviation(code);
        country.setName(name);
        Address address = new AddressImpl();
        address.setFirstName("Ann");
        address.setLastName("Lee");
        address.setAddressLine1(line1);
        address.setCity(city);
        address.setPostalCode(postalCode);
        address.setCountry(country);
        return address;
    }
}
