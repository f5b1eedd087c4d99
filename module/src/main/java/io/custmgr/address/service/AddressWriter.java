package io.custmgr.address.service;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.Phone;
import org.broadleafcommerce.profile.core.domain.State;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Turns an {@link AddressInput} into Broadleaf address values and copies address rows. Entities come from
 * {@code blEntityConfiguration}, so a host's own {@code Address} class is used.
 */
@Component("cmAddressWriter")
public class AddressWriter {

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    @Resource(name = "blStateService")
    protected StateService stateService;

    @Resource(name = "cmAddressInputValidator")
    protected AddressInputValidator validator;

    /** @throws InvalidAddressException when a field breaks a rule or names an unknown country or state */
    public void write(AddressInput input, Address address) {
        Map<String, String> errors = new LinkedHashMap<String, String>(validator.validate(input));
        Country country = errors.containsKey("country") ? null : countryService.findCountryByAbbreviation(
                input.getCountry().trim().toUpperCase(Locale.ROOT));
        if (country == null && !errors.containsKey("country")) {
            errors.put("country", "unknown");
        }
        State state = null;
        if (!blank(input.getState()) && !errors.containsKey("state")) {
            state = stateService.findStateByAbbreviation(input.getState().trim().toUpperCase(Locale.ROOT));
            if (state == null) {
                errors.put("state", "unknown");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAddressException(errors);
        }
        address.setFirstName(clean(input.getFirstName()));
        address.setLastName(clean(input.getLastName()));
        address.setCompanyName(clean(input.getCompanyName()));
        address.setAddressLine1(clean(input.getAddressLine1()));
        address.setAddressLine2(clean(input.getAddressLine2()));
        address.setCity(clean(input.getCity()));
        address.setState(state);
        address.setPostalCode(clean(input.getPostalCode()));
        address.setCountry(country);
        address.setPrimaryPhone(clean(input.getPhone()));
    }

    /** @return the input an edit form starts from */
    public AddressInput read(String addressName, Address address) {
        AddressInput input = new AddressInput();
        input.setAddressName(addressName);
        input.setFirstName(address.getFirstName());
        input.setLastName(address.getLastName());
        input.setCompanyName(address.getCompanyName());
        input.setAddressLine1(address.getAddressLine1());
        input.setAddressLine2(address.getAddressLine2());
        input.setCity(address.getCity());
        input.setState(address.getState() == null ? null : address.getState().getAbbreviation());
        input.setPostalCode(address.getPostalCode());
        input.setCountry(address.getCountry() == null ? null : address.getCountry().getAbbreviation());
        input.setPhone(address.getPrimaryPhone());
        return input;
    }

    public Address create() {
        Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        address.setActive(true);
        return address;
    }

    /** @return a new, unsaved address row with every value of {@code source}; phones copied too, never shared */
    public Address copy(Address source) {
        Address copy = create();
        copy.setFirstName(source.getFirstName());
        copy.setLastName(source.getLastName());
        copy.setEmailAddress(source.getEmailAddress());
        copy.setCompanyName(source.getCompanyName());
        copy.setAddressLine1(source.getAddressLine1());
        copy.setAddressLine2(source.getAddressLine2());
        copy.setAddressLine3(source.getAddressLine3());
        copy.setCity(source.getCity());
        copy.setState(source.getState());
        copy.setCounty(source.getCounty());
        copy.setCountry(source.getCountry());
        copy.setPostalCode(source.getPostalCode());
        copy.setZipFour(source.getZipFour());
        copy.setPrimaryPhone(source.getPrimaryPhone());
        copy.setSecondaryPhone(source.getSecondaryPhone());
        copy.setFax(source.getFax());
        copy.setPhonePrimary(copy(source.getPhonePrimary()));
        copy.setPhoneSecondary(copy(source.getPhoneSecondary()));
        copy.setPhoneFax(copy(source.getPhoneFax()));
        copy.setDefault(source.isDefault());
        copy.setActive(source.isActive());
        copy.setBusiness(source.isBusiness());
        copy.setTokenizedAddress(source.getTokenizedAddress());
        copy.setStandardized(source.getStandardized());
        copy.setVerificationLevel(source.getVerificationLevel());
        return copy;
    }

    private Phone copy(Phone source) {
        if (source == null) {
            return null;
        }
        Phone copy = (Phone) entityConfiguration.createEntityInstance(Phone.class.getName());
        copy.setPhoneNumber(source.getPhoneNumber());
        copy.setActive(source.isActive());
        copy.setDefault(source.isDefault());
        return copy;
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }

    private static String clean(String value) {
        return blank(value) ? null : value.trim();
    }
}
