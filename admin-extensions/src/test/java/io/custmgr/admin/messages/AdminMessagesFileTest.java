package io.custmgr.admin.messages;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The admin's message file defines each key once: a second definition silently replaces the first, so one screen
 * would show another's text (the customer export page once titled itself "Export personal data").
 */
class AdminMessagesFileTest {

    private static final String FILE = "messages/CustomerManagerMessages.properties";

    @Test
    void everyKeyIsDefinedOnce() throws Exception {
        Map<String, Integer> firstLine = new HashMap<String, Integer>();
        List<String> repeated = new ArrayList<String>();
        try (InputStream in = AdminMessagesFileTest.class.getClassLoader().getResourceAsStream(FILE)) {
            assertNotNull(in, FILE);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).trim();
                Integer earlier = firstLine.put(key, number);
                if (earlier != null) {
                    repeated.add(key + " (lines " + earlier + " and " + number + ")");
                }
            }
        }
        assertEquals(new ArrayList<String>(), repeated);
    }
}
