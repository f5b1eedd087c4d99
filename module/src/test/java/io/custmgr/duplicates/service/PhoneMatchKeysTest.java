package io.custmgr.duplicates.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneMatchKeysTest {

    private final PhoneMatchKeys keys = new PhoneMatchKeys(9, 7);

    @Test
    void keepsTheLastSignificantDigits() {
        assertEquals("558675309", keys.key("+1 (555) 867-5309"));
        assertEquals("558675309", keys.key("555.867.5309"));
        assertEquals("558675309", keys.key("001 555 867 5309 "));
    }

    @Test
    void countryPrefixAndTrunkZeroMeet() {
        assertEquals(keys.key("+44 20 7946 0958"), keys.key("020 7946 0958"));
        assertEquals(keys.key("+49 30 1234567"), keys.key("030 1234567"));
    }

    @Test
    void shortNumbersKeepAllTheirDigits() {
        assertEquals("1234567", keys.key("123-4567"));
    }

    @Test
    void emptyTooShortAndPlaceholderNumbersHaveNoKey() {
        assertNull(keys.key(null));
        assertNull(keys.key(""));
        assertNull(keys.key("n/a"));
        assertNull(keys.key("12 34 56"));
        assertNull(keys.key("000-000-0000"));
        assertNull(keys.key("9999999999"));
    }

    @Test
    void digitCountsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneMatchKeys(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new PhoneMatchKeys(9, 0));
    }
}
