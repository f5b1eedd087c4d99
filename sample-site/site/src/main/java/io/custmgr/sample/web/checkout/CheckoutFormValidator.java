package io.custmgr.sample.web.checkout;

import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.guest.service.ContactEmails;
import io.custmgr.guest.service.InvalidGuestContactException;
import org.springframework.validation.Errors;

/** Field by field, with the limits of the columns the values end in; nothing is saved while an error stands. */
final class CheckoutFormValidator {

    static final int NAME_LENGTH = 100;
    static final int LINE_LENGTH = 255;
    static final int POSTAL_CODE_LENGTH = 20;

    private CheckoutFormValidator() {
    }

    static void validate(CheckoutForm form, Errors errors) {
        try {
            form.setEmail(ContactEmails.checked(form.getEmail()));
        } catch (InvalidGuestContactException e) {
            errors.rejectValue("email", "checkout." + e.getMessageKey(), e.getMessage());
        }
        required(errors, "firstName", form.getFirstName(), NAME_LENGTH);
        required(errors, "lastName", form.getLastName(), NAME_LENGTH);
        required(errors, "addressLine1", form.getAddressLine1(), LINE_LENGTH);
        required(errors, "city", form.getCity(), NAME_LENGTH);
        required(errors, "postalCode", form.getPostalCode(), POSTAL_CODE_LENGTH);
        String phone = form.getPhone() == null ? "" : form.getPhone().trim();
        if (!phone.isEmpty() && !phone.matches(PhoneNumbers.PATTERN)) {
            errors.rejectValue("phone", "checkout.phone.invalid", "Not a phone number");
        }
    }

    private static void required(Errors errors, String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            errors.rejectValue(field, "checkout.required", "Required");
        } else if (trimmed.length() > maxLength) {
            errors.rejectValue(field, "checkout.tooLong", new Object[] {maxLength}, "Too long");
        }
    }
}
