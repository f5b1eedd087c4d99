package io.custmgr.sample.web.account;

import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.common.validation.TextLengths;
import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.customer.profile.service.CustomerProfileService;
import io.custmgr.customer.profile.type.Gender;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.validation.Errors;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

/** Field by field, with the limits of the columns the values end in; nothing is saved while an error stands. */
final class ProfileFormValidator {

    private ProfileFormValidator() {
    }

    static void validate(ProfileForm form, Errors errors, CustomerProfileService profiles, ColumnLimits limits) {
        required(errors, "firstName", form.getFirstName(), limits.maxLength(Customer.class, "firstName"));
        required(errors, "lastName", form.getLastName(), limits.maxLength(Customer.class, "lastName"));
        phone(errors, "phone", form.getPhone(), limits.maxLength(Customer.class, "customerProfile.phone"));
        phone(errors, "fax", form.getFax(), limits.maxLength(Customer.class, "customerProfile.fax"));
        TextLengths.rejectIfTooLong(errors, "company", trimmed(form.getCompany()),
                limits.maxLength(Customer.class, "customerProfile.company"));
        String gender = trimmed(form.getGender());
        if (!gender.isEmpty() && Gender.getInstance(gender) == null) {
            errors.rejectValue("gender", "profile.gender.invalid", "Choose one of the list");
        }
        String date = trimmed(form.getDateOfBirth());
        if (!date.isEmpty()) {
            Date parsed = parseDate(date);
            String broken = parsed == null ? "profile.dateOfBirth.invalid"
                    : profiles.checkDateOfBirth(parsed, new Date());
            if (broken != null) {
                errors.rejectValue("dateOfBirth", broken, "Not accepted");
            }
        }
    }

    /** @return the day, or null when blank or not a real yyyy-MM-dd date */
    static Date parseDate(String text) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setLenient(false);
        try {
            return value.length() == 10 ? format.parse(value) : null;
        } catch (ParseException e) {
            return null;
        }
    }

    private static void required(Errors errors, String field, String value, int maxLength) {
        String text = trimmed(value);
        if (text.isEmpty()) {
            errors.rejectValue(field, "profile.required", "Required");
        } else {
            TextLengths.rejectIfTooLong(errors, field, text, maxLength);
        }
    }

    private static void phone(Errors errors, String field, String value, int maxLength) {
        String phone = trimmed(value);
        if (!TextLengths.rejectIfTooLong(errors, field, phone, maxLength) && !PhoneNumbers.isValid(phone)) {
            errors.rejectValue(field, "profile.phone.invalid", "Not a phone number");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
