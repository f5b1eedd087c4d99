package io.custmgr.address.service;

import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.State;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The locality line follows the country's convention: "City, ST 12345" (United States, Canada), town and postcode on
 * lines of their own (United Kingdom, Ireland), "12345 City" (most of continental Europe), and for any other country
 * city, region and postal code in that order. The country name closes the address.
 */
@Service("cmAddressFormatter")
public class CountryAddressFormatter implements AddressFormatter {

    private static final Set<String> CITY_STATE_ZIP = new HashSet<String>(Arrays.asList("US", "CA"));
    private static final Set<String> TOWN_THEN_POSTCODE = new HashSet<String>(Arrays.asList("GB", "UK", "IE"));
    private static final Set<String> POSTCODE_CITY = new HashSet<String>(Arrays.asList("DE", "FR", "NL", "AT", "CH",
            "BE", "LU", "IT", "ES", "PT", "DK", "SE", "NO", "FI", "PL", "CZ"));

    @Override
    public List<String> lines(Address address) {
        List<String> lines = new ArrayList<String>();
        if (address == null) {
            return lines;
        }
        add(lines, join(" ", address.getFirstName(), address.getLastName()));
        add(lines, address.getCompanyName());
        add(lines, address.getAddressLine1());
        add(lines, address.getAddressLine2());
        add(lines, address.getAddressLine3());
        String country = countryCode(address);
        String city = trim(address.getCity());
        String postalCode = trim(address.getPostalCode());
        if (CITY_STATE_ZIP.contains(country)) {
            String stateAndZip = join(" ", stateCode(address), postalCode);
            add(lines, city.isEmpty() || stateAndZip.isEmpty() ? city + stateAndZip : city + ", " + stateAndZip);
        } else if (TOWN_THEN_POSTCODE.contains(country)) {
            add(lines, city);
            add(lines, postalCode);
        } else if (POSTCODE_CITY.contains(country)) {
            add(lines, join(" ", postalCode, city));
        } else {
            add(lines, join(" ", city, stateCode(address), postalCode));
        }
        Country countryEntity = address.getCountry();
        add(lines, countryEntity == null ? null : countryEntity.getName());
        return lines;
    }

    @Override
    public String format(Address address, String separator) {
        StringBuilder text = new StringBuilder();
        for (String line : lines(address)) {
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(line);
        }
        return text.toString();
    }

    private static String countryCode(Address address) {
        Country country = address.getCountry();
        return country == null || country.getAbbreviation() == null ? ""
                : country.getAbbreviation().trim().toUpperCase(Locale.ROOT);
    }

    private static String stateCode(Address address) {
        State state = address.getState();
        return state == null ? "" : trim(state.getAbbreviation());
    }

    private static void add(List<String> lines, String line) {
        String value = trim(line);
        if (!value.isEmpty()) {
            lines.add(value);
        }
    }

    private static String join(String separator, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String value = trim(part);
            if (!value.isEmpty()) {
                if (text.length() > 0) {
                    text.append(separator);
                }
                text.append(value);
            }
        }
        return text.toString();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
