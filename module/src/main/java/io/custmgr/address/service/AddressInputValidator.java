package io.custmgr.address.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field rules of an {@link AddressInput}: required parts and longest lengths. Whether the country and state exist is
 * checked by the address book against Broadleaf's reference data. Error codes: {@code required}, {@code tooLong}.
 */
public final class AddressInputValidator {

    public static final int NAME_LENGTH = 100;
    public static final int LINE_LENGTH = 255;
    public static final int CITY_LENGTH = 100;
    public static final int POSTAL_CODE_LENGTH = 20;
    public static final int CODE_LENGTH = 5;
    public static final int PHONE_LENGTH = 32;

    private AddressInputValidator() {
    }

    /** @return errors by field name (the {@link AddressInput} property), empty when the input is fine */
    public static Map<String, String> validate(AddressInput input) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        check(errors, "addressName", input.getAddressName(), false, NAME_LENGTH);
        check(errors, "firstName", input.getFirstName(), true, NAME_LENGTH);
        check(errors, "lastName", input.getLastName(), true, NAME_LENGTH);
        check(errors, "companyName", input.getCompanyName(), false, NAME_LENGTH);
        check(errors, "addressLine1", input.getAddressLine1(), true, LINE_LENGTH);
        check(errors, "addressLine2", input.getAddressLine2(), false, LINE_LENGTH);
        check(errors, "city", input.getCity(), true, CITY_LENGTH);
        check(errors, "state", input.getState(), false, CODE_LENGTH);
        check(errors, "postalCode", input.getPostalCode(), true, POSTAL_CODE_LENGTH);
        check(errors, "country", input.getCountry(), true, CODE_LENGTH);
        check(errors, "phone", input.getPhone(), false, PHONE_LENGTH);
        return errors;
    }

    private static void check(Map<String, String> errors, String field, String value, boolean required, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            if (required) {
                errors.put(field, "required");
            }
        } else if (trimmed.length() > max) {
            errors.put(field, "tooLong");
        }
    }
}
