package io.custmgr.common.validation;

import org.springframework.validation.Errors;

/**
 * The one length rule of the storefront's forms: a value longer than its column is refused at its field, with error
 * code {@link #TOO_LONG} and the limit as argument 0 (default message "At most n characters"), before anything reads
 * or writes the database with it.
 */
public final class TextLengths {

    public static final String TOO_LONG = "tooLong";

    private TextLengths() {
    }

    /**
     * @return whether the value as typed is longer than {@code limit} (null counts as empty); untrimmed, because
     *         Broadleaf's own forms store what was typed
     */
    public static boolean isTooLong(String value, int limit) {
        return value != null && value.length() > limit;
    }

    /** @return whether the field was rejected: the value is longer than {@code limit} */
    public static boolean rejectIfTooLong(Errors errors, String field, String value, int limit) {
        if (!isTooLong(value, limit)) {
            return false;
        }
        reject(errors, field, limit);
        return true;
    }

    public static void reject(Errors errors, String field, int limit) {
        errors.rejectValue(field, TOO_LONG, new Object[] {limit}, "At most " + limit + " characters");
    }
}
