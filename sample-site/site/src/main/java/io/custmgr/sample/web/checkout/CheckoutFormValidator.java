package io.custmgr.sample.web.checkout;

import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.common.validation.TextLengths;
import io.custmgr.customer.profile.domain.PhoneNumbers;
import io.custmgr.guest.service.ContactEmails;
import io.custmgr.guest.service.InvalidGuestContactException;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.validation.Errors;

/**
 * Field by field, with the limits of the columns the values end in (the order's address, and for a guest the guest
 * profile too); nothing is saved while an error stands.
 */
final class CheckoutFormValidator {

    private CheckoutFormValidator() {
    }

    static void validate(CheckoutForm form, Errors errors, ColumnLimits limits) {
        try {
            form.setEmail(ContactEmails.checked(form.getEmail()));
        } catch (InvalidGuestContactException e) {
            errors.rejectValue("email", "checkout." + e.getMessageKey(), e.getMessage());
        }
        required(errors, "firstName", form.getFirstName(),
                limits.narrowest(Address.class, "firstName", Customer.class, "firstName"));
        required(errors, "lastName", form.getLastName(),
                limits.narrowest(Address.class, "lastName", Customer.class, "lastName"));
        required(errors, "addressLine1", form.getAddressLine1(), limits.maxLength(Address.class, "addressLine1"));
        required(errors, "city", form.getCity(), limits.maxLength(Address.class, "city"));
        required(errors, "postalCode", form.getPostalCode(), limits.maxLength(Address.class, "postalCode"));
        TextLengths.rejectIfTooLong(errors, "country", form.getCountry(),
                limits.maxLength(Country.class, "abbreviation"));
        String phone = form.getPhone() == null ? "" : form.getPhone().trim();
        if (!TextLengths.rejectIfTooLong(errors, "phone", phone,
                limits.narrowest(Address.class, "primaryPhone", Customer.class, "customerProfile.phone"))
                && !phone.isEmpty() && !phone.matches(PhoneNumbers.PATTERN)) {
            errors.rejectValue("phone", "checkout.phone.invalid", "Not a phone number");
        }
    }

    private static void required(Errors errors, String field, String value, int maxLength) {
        if (value == null || value.trim().isEmpty()) {
            errors.rejectValue(field, "checkout.required", "Required");
        } else {
            TextLengths.rejectIfTooLong(errors, field, value, maxLength);
        }
    }
}
