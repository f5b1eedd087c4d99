package io.custmgr.duplicates.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The match key of a person at a postal address: first and last name, address line 1, postal code and country, each
 * compared ignoring case, accents' composed/decomposed forms, punctuation and runs of white space
 * ("12, Main St." is "12 main st"; "sw1a 1aa" is "SW1A1AA"). No key without a name, a line 1 or a postal code.
 */
public class NameAddressMatchKeys {

    /** Longest key stored ({@code CM_CUSTOMER_MATCH_KEY.MATCH_KEY}); longer ones are cut. */
    public static final int MAX_LENGTH = 512;

    /** @return the key, or null when a part it needs is blank */
    public String key(String firstName, String lastName, String line1, String postalCode, String country) {
        String name = (words(firstName) + " " + words(lastName)).trim();
        String street = words(line1);
        String postal = words(postalCode).replace(" ", "");
        if (name.isEmpty() || street.isEmpty() || postal.isEmpty()) {
            return null;
        }
        String key = name + "|" + street + "|" + postal + "|" + words(country).replace(" ", "");
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /** Lower-case letters and digits of {@code text}, every other run of characters one space. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString();
    }
}
