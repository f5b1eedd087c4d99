package io.custmgr.history.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAgentParserImplTest {

    private final UserAgentParserImpl parser = new UserAgentParserImpl("(?i)curl/|python-requests");

    @Test
    void readsBrowserVersionAndOperatingSystem() {
        UserAgentDetails details = parser.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36");

        assertEquals("Chrome", details.getBrowserName());
        assertEquals("120.0", details.getBrowserVersion());
        assertEquals("Windows 10", details.getOperatingSystem());
        assertFalse(details.isBot());
    }

    @Test
    void readsMobileSafari() {
        UserAgentDetails details = parser.parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1");

        assertEquals("Mobile Safari", details.getBrowserName());
        assertEquals("17.1", details.getBrowserVersion());
        assertEquals("iOS 17.1", details.getOperatingSystem());
    }

    @Test
    void flagsSpidersAndConfiguredPatterns() {
        assertTrue(parser.parse("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").isBot());
        assertTrue(parser.parse("curl/8.4.0").isBot());
        assertTrue(parser.parse("python-requests/2.31").isBot());
    }

    @Test
    void missingOrUnknownHeadersGiveNulls() {
        UserAgentDetails missing = parser.parse(null);
        assertNull(missing.getBrowserName());
        assertNull(missing.getOperatingSystem());
        assertFalse(missing.isBot());
        assertNull(parser.parse("something-odd").getBrowserName());
    }

    @Test
    void repeatedHeadersComeFromTheCache() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
        assertSame(parser.parse(agent), parser.parse(agent));
        assertEquals("Firefox", parser.parse(agent).getBrowserName());
    }
}
