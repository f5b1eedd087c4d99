package io.custmgr.duplicates.service;

/**
 * The match key of a phone number: its digits, the last {@code significantDigits} of them, so "+1 (555) 123-4567" and
 * "555.123.4567", or "+44 20 7946 0958" and "020 7946 0958", meet whatever the country prefix or trunk zero. Numbers
 * with fewer than {@code minimumDigits} digits, and placeholders made of one repeated digit ("000 000 0000"), have no
 * key.
 */
public class PhoneMatchKeys {

    private final int significantDigits;
    private final int minimumDigits;

    public PhoneMatchKeys(int significantDigits, int minimumDigits) {
        if (significantDigits < 1 || minimumDigits < 1) {
            throw new IllegalArgumentException("Phone digits must be positive: significant " + significantDigits
                    + ", minimum " + minimumDigits);
        }
        this.significantDigits = significantDigits;
        this.minimumDigits = minimumDigits;
    }

    /** @return the key, or null when {@code phone} has too few digits or is a placeholder */
    public String key(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() < minimumDigits || oneDigitRepeated(digits)) {
            return null;
        }
        return digits.substring(Math.max(0, digits.length() - significantDigits));
    }

    private static boolean oneDigitRepeated(CharSequence digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
