package io.custmgr.address.service;

import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.common.validation.TextLengths;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.State;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Field rules of an {@link AddressInput}: required parts, and no value longer than the column it is stored in (or,
 * for country and state, looked up by). Whether the country and state exist is checked by the address book against
 * Broadleaf's reference data. Error codes: {@code required}, {@link TextLengths#TOO_LONG}.
 */
@Component("cmAddressInputValidator")
public class AddressInputValidator {

    @Resource(name = "cmColumnLimits")
    protected ColumnLimits limits;

    /** @return errors by field name (the {@link AddressInput} property), empty when the input is fine */
    public Map<String, String> validate(AddressInput input) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        check(errors, "addressName", input.getAddressName(), false);
        check(errors, "firstName", input.getFirstName(), true);
        check(errors, "lastName", input.getLastName(), true);
        check(errors, "companyName", input.getCompanyName(), false);
        check(errors, "addressLine1", input.getAddressLine1(), true);
        check(errors, "addressLine2", input.getAddressLine2(), false);
        check(errors, "city", input.getCity(), true);
        check(errors, "state", input.getState(), false);
        check(errors, "postalCode", input.getPostalCode(), true);
        check(errors, "country", input.getCountry(), true);
        check(errors, "phone", input.getPhone(), false);
        return errors;
    }

    /** @return the longest value the {@link AddressInput} property {@code field} may have */
    public int maxLength(String field) {
        if ("addressName".equals(field)) {
            return limits.maxLength(CustomerAddress.class, field);
        }
        if ("state".equals(field)) {
            return limits.maxLength(State.class, "abbreviation");
        }
        if ("country".equals(field)) {
            return limits.maxLength(Country.class, "abbreviation");
        }
        return limits.maxLength(Address.class, "phone".equals(field) ? "primaryPhone" : field);
    }

    private void check(Map<String, String> errors, String field, String value, boolean required) {
        if (value == null || value.trim().isEmpty()) {
            if (required) {
                errors.put(field, "required");
            }
        } else if (TextLengths.isTooLong(value, maxLength(field))) {
            errors.put(field, TextLengths.TOO_LONG);
        }
    }
}
