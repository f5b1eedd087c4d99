package io.custmgr.duplicates.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameAddressMatchKeysTest {

    private final NameAddressMatchKeys keys = new NameAddressMatchKeys();

    @Test
    void ignoresCasePunctuationAndWhiteSpace() {
        String key = keys.key(" Ann ", "LEE", "12, Main St.", "SW1A 1AA", "GB");
        assertEquals("ann lee|12 main st|sw1a1aa|gb", key);
        assertEquals(key, keys.key("ann", "lee", "12   main st", "sw1a1aa", "gb"));
    }

    @Test
    void composedAndDecomposedAccentsAreOneName() {
        assertEquals(keys.key("Ren\u00e9", "M\u00fcller", "1 Rue", "75001", "FR"),
                keys.key("Rene\u0301", "Mu\u0308ller", "1 rue", "75001", "fr"));
    }

    @Test
    void aDifferentPartIsADifferentKey() {
        String key = keys.key("Ann", "Lee", "12 Main St", "SW1A 1AA", "GB");
        assertNotEquals(key, keys.key("Bob", "Lee", "12 Main St", "SW1A 1AA", "GB"));
        assertNotEquals(key, keys.key("Ann", "Lee", "14 Main St", "SW1A 1AA", "GB"));
        assertNotEquals(key, keys.key("Ann", "Lee", "12 Main St", "SW1A 1AB", "GB"));
        assertNotEquals(key, keys.key("Ann", "Lee", "12 Main St", "SW1A 1AA", "IE"));
    }

    @Test
    void firstAndLastNamesDoNotRunTogether() {
        assertNotEquals(keys.key("Ann", "Marie", "1 A St", "1", "US"), keys.key("Annmarie", "", "1 A St", "1", "US"));
    }

    @Test
    void noKeyWithoutANameALineOrAPostalCode() {
        assertNull(keys.key(null, " ", "12 Main St", "SW1A 1AA", "GB"));
        assertNull(keys.key("Ann", "Lee", "--", "SW1A 1AA", "GB"));
        assertNull(keys.key("Ann", "Lee", "12 Main St", null, "GB"));
    }

    @Test
    void longKeysAreCut() {
        StringBuilder street = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            street.append("Long Street ");
        }
        assertEquals(NameAddressMatchKeys.MAX_LENGTH, keys.key("A", "B", street.toString(), "1", "GB").length());
    }
}
