package io.custmgr.sample.web.account;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.customer.profile.service.CustomerProfileService;
import io.custmgr.customer.profile.type.Gender;
import org.springframework.validation.Errors;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

/** Field by field, with the limits of the columns the values end in; nothing is saved while an error stands. */
final class ProfileFormValidator {

    /** The host's FIRST_NAME and LAST_NAME columns. */
    static final int NAME_LENGTH = 255;

    private ProfileFormValidator() {
    }

    static void validate(ProfileForm form, Errors errors, CustomerProfileService profiles) {
        required(errors, "firstName", form.getFirstName());
        required(errors, "lastName", form.getLastName());
        String phone = trimmed(form.getPhone());
        if (phone.length() > CustomerProfile.PHONE_LENGTH || !PhoneNumbers.isValid(phone)) {
            errors.rejectValue("phone", "profile.phone.invalid", "Not a phone number");
        }
        String fax = trimmed(form.getFax());
        if (fax.length() > CustomerProfile.PHONE_LENGTH || !PhoneNumbers.isValid(fax)) {
            errors.rejectValue("fax", "profile.phone.invalid", "Not a phone number");
        }
        if (trimmed(form.getCompany()).length() > CustomerProfile.COMPANY_LENGTH) {
            errors.rejectValue("company", "profile.tooLong", new Object[] {CustomerProfile.COMPANY_LENGTH},
                    "Too long");
        }
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

    private static void required(Errors errors, String field, String value) {
        String text = trimmed(value);
        if (text.isEmpty()) {
            errors.rejectValue(field, "profile.required", "Required");
        } else if (text.length() > NAME_LENGTH) {
            errors.rejectValue(field, "profile.tooLong", new Object[] {NAME_LENGTH}, "Too long");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
