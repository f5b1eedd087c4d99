package io.custmgr.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DigitalFileNamesTest {

    @Test
    void keepsABareNameTrimmed() {
        assertEquals("Guide v1.2 (EN).pdf", DigitalFileNames.check("  Guide v1.2 (EN).pdf "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\boot.ini", "a/b.pdf", "C:evil.exe", ".htaccess", "a..b",
            "line\nbreak.txt", "nul\u0000.pdf", "quote\".pdf"})
    void refusesPathsAndControlCharacters(String name) {
        assertEquals(InvalidDigitalFileException.BAD_NAME, assertThrows(InvalidDigitalFileException.class,
                () -> DigitalFileNames.check(name)).getErrors().get(InvalidDigitalFileException.FIELD_NAME));
    }

    @Test
    void refusesMissingAndOverlongNames() {
        assertEquals(InvalidDigitalFileException.REQUIRED, assertThrows(InvalidDigitalFileException.class,
                () -> DigitalFileNames.check("  ")).getErrors().get(InvalidDigitalFileException.FIELD_NAME));
        String longName = new String(new char[256]).replace('\0', 'a');
        assertEquals(InvalidDigitalFileException.TOO_LONG, assertThrows(InvalidDigitalFileException.class,
                () -> DigitalFileNames.check(longName)).getErrors().get(InvalidDigitalFileException.FIELD_NAME));
    }
}
