package io.custmgr.ipblock.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpRangeTest {

    @Test
    void hostBitsBelowThePrefixAreCleared() {
        assertEquals("10.1.0.0/16", IpRange.parse("10.1.2.3/16").toString());
        assertEquals("203.0.113.0/24", IpRange.parse(" 203.0.113.77/24 ").toString());
        assertEquals("2001:db8::/32", IpRange.parse("2001:0DB8:1234::1/32").toString());
    }

    @Test
    void aSingleAddressIsWrittenWithoutPrefix() {
        assertEquals("203.0.113.7", IpRange.parse("203.0.113.7/32").toString());
        assertEquals("203.0.113.7", IpRange.parse("203.0.113.7").toString());
        assertEquals("2001:db8::1", IpRange.parse("2001:0db8:0000:0000:0000:0000:0000:0001").toString());
        assertEquals("2001:db8::1", IpRange.parse("2001:db8::1/128").toString());
        assertTrue(IpRange.parse("2001:db8::1").isSingleAddress());
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Address() {
        IpRange mapped = IpRange.parse("::ffff:198.51.100.9");
        assertEquals("198.51.100.9", mapped.toString());
        assertFalse(mapped.isIpv6());
        assertEquals(IpRange.keyOf("198.51.100.9"), IpRange.keyOf("::ffff:198.51.100.9"));
    }

    @Test
    void keysAreTheFirstAndLastAddressAsFixedWidthHex() {
        IpRange range = IpRange.parse("10.1.2.3/16");
        assertEquals("00000000000000000000ffff0a010000", range.getFirstKey());
        assertEquals("00000000000000000000ffff0a01ffff", range.getLastKey());
        IpRange v6 = IpRange.parse("2001:db8::/32");
        assertEquals("20010db8000000000000000000000000", v6.getFirstKey());
        assertEquals("20010db8ffffffffffffffffffffffff", v6.getLastKey());
    }

    @Test
    void keysCompareAsTheAddressesDo() {
        assertTrue(IpRange.keyOf("9.255.255.255").compareTo(IpRange.keyOf("10.0.0.0")) < 0);
        assertTrue(IpRange.keyOf("10.0.0.0").compareTo(IpRange.keyOf("100.0.0.0")) < 0);
        assertTrue(IpRange.keyOf("255.255.255.255").compareTo(IpRange.keyOf("2001:db8::")) < 0);
        assertTrue(IpRange.keyOf("::1").compareTo(IpRange.keyOf("0.0.0.1")) < 0);
    }

    @Test
    void containsExactlyTheAddressesFromFirstToLast() {
        IpRange range = IpRange.parse("192.0.2.64/26");
        assertFalse(range.contains("192.0.2.63"));
        assertTrue(range.contains("192.0.2.64"));
        assertTrue(range.contains("192.0.2.127"));
        assertFalse(range.contains("192.0.2.128"));
        IpRange v6 = IpRange.parse("2001:db8:a::/48");
        assertTrue(v6.contains("2001:db8:a:ffff:ffff:ffff:ffff:ffff"));
        assertFalse(v6.contains("2001:db8:b::"));
        assertFalse(v6.contains("not an address"));
        assertFalse(v6.contains(null));
    }

    @Test
    void anIpv4RangeNeverHoldsAnIpv6Address() {
        assertFalse(IpRange.parse("10.0.0.0/8").contains("::a00:1"));
        assertFalse(IpRange.parse("10.0.0.0/8").contains("2001:db8::a00:1"));
    }

    @Test
    void anIpv6RangeOverTheIpv4MappedAddressesIsRejected() {
        // keys map IPv4 into ::ffff:0:0/96, so ::/16 would silently block every IPv4 shopper
        assertEquals(InvalidIpRangeException.INVALID, rule("::/16"));
        assertEquals(InvalidIpRangeException.INVALID, rule("::ffff:0:0/95"));
        assertFalse(IpRange.parse("::1").contains("0.0.0.1"));
        assertFalse(IpRange.parse("64:ff9b::/96").contains("10.0.0.1"));
    }

    @Test
    void garbageIsRejectedWithTheRuleItBreaks() {
        assertEquals(InvalidIpRangeException.REQUIRED, rule("   "));
        assertEquals(InvalidIpRangeException.REQUIRED, rule(null));
        assertEquals(InvalidIpRangeException.INVALID, rule("example.com"));
        assertEquals(InvalidIpRangeException.INVALID, rule("localhost"));
        assertEquals(InvalidIpRangeException.INVALID, rule("256.1.1.1"));
        assertEquals(InvalidIpRangeException.INVALID, rule("10.1.2"));
        assertEquals(InvalidIpRangeException.INVALID, rule("127.1"));
        assertEquals(InvalidIpRangeException.INVALID, rule("1.2.3.4.5"));
        assertEquals(InvalidIpRangeException.INVALID, rule("2001:db8:::1"));
        assertEquals(InvalidIpRangeException.INVALID, rule("10.0.0.0/33"));
        assertEquals(InvalidIpRangeException.INVALID, rule("10.0.0.0/-1"));
        assertEquals(InvalidIpRangeException.INVALID, rule("10.0.0.0/"));
        assertEquals(InvalidIpRangeException.INVALID, rule("10.0.0.0/24/8"));
        assertEquals(InvalidIpRangeException.INVALID, rule("2001:db8::/129"));
        assertEquals(InvalidIpRangeException.INVALID, rule("<script>"));
    }

    @Test
    void rangesWiderThanTheMinimumPrefixAreRejected() {
        assertEquals(InvalidIpRangeException.TOO_WIDE, rule("0.0.0.0/0"));
        assertEquals(InvalidIpRangeException.TOO_WIDE, rule("10.0.0.0/7"));
        assertEquals("10.0.0.0/8", IpRange.parse("10.0.0.0/8").toString());
        assertEquals(InvalidIpRangeException.TOO_WIDE, rule("::/0"));
        assertEquals(InvalidIpRangeException.TOO_WIDE, rule("2001::/15"));
    }

    @Test
    void theMessageSaysWhatToEnter() {
        InvalidIpRangeException e = assertThrows(InvalidIpRangeException.class, () -> IpRange.parse("nonsense"));
        assertTrue(e.getMessage().contains("203.0.113.0/24"), e.getMessage());
    }

    @Test
    void keyOfRejectsRangesAndNames() {
        assertNull(IpRange.keyOf("10.0.0.0/8"));
        assertNull(IpRange.keyOf("example.com"));
        assertNull(IpRange.keyOf(""));
        assertNull(IpRange.parseOrNull("10.0.0.0/99"));
    }

    private static String rule(String text) {
        return assertThrows(InvalidIpRangeException.class, () -> IpRange.parse(text)).getMessageKey();
    }
}
