package io.custmgr.guest.service;

import io.custmgr.guest.domain.GuestProfile;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalizes the e-mail a buyer types at checkout. */
public final class ContactEmails {

    /** Pragmatic: one @, no blanks, a dot in the domain; the confirmation mail proves the rest. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ContactEmails() {
    }

    /** @throws InvalidGuestContactException when missing, malformed or longer than the column */
    public static String checked(String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidGuestContactException("email", "guest.email.required", "An e-mail address is required");
        }
        if (trimmed.length() > GuestProfile.EMAIL_LENGTH) {
            throw new InvalidGuestContactException("email", "guest.email.tooLong",
                    "The e-mail address is longer than " + GuestProfile.EMAIL_LENGTH + " characters");
        }
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new InvalidGuestContactException("email", "guest.email.invalid", "Not an e-mail address");
        }
        return trimmed;
    }

    /** The key one guest profile per e-mail is found by: trimmed and lower case. */
    public static String key(String checkedEmail) {
        return checkedEmail.trim().toLowerCase(Locale.ROOT);
    }
}
