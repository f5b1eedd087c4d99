package io.custmgr.ipblock.service;

import io.custmgr.ipblock.domain.IpRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockedIpMatcherTest {

    @Test
    void findsTheRangeHoldingAnAddressAcrossBothFamilies() {
        BlockedIpMatcher matcher = new BlockedIpMatcher(Arrays.asList(
                range(1, "2001:db8::/32"), range(2, "203.0.113.7"), range(3, "10.0.0.0/8")));
        assertEquals(Long.valueOf(3), matcher.findBlock("10.200.1.1").getId());
        assertEquals(Long.valueOf(2), matcher.findBlock("203.0.113.7").getId());
        assertEquals(Long.valueOf(1), matcher.findBlock("2001:db8:ffff::1").getId());
        assertNull(matcher.findBlock("203.0.113.8"));
        assertNull(matcher.findBlock("11.0.0.0"));
        assertFalse(matcher.isBlocked("garbage"));
        assertFalse(matcher.isBlocked(null));
    }

    @Test
    void aNarrowRangeInsideAWideOneDoesNotHideTheWideOne() {
        // sorted by first key: 10.0.0.0/8, 10.1.0.0/16 — an address after the /16 but inside the /8 must still match
        BlockedIpMatcher matcher = new BlockedIpMatcher(Arrays.asList(range(1, "10.0.0.0/8"), range(2, "10.1.0.0/16")));
        assertEquals(Long.valueOf(2), matcher.findBlock("10.1.5.5").getId());
        assertEquals(Long.valueOf(1), matcher.findBlock("10.2.0.0").getId());
        assertEquals(Long.valueOf(1), matcher.findBlock("10.255.255.255").getId());
        assertNull(matcher.findBlock("11.0.0.0"));
    }

    @Test
    void answersLikeCheckingEveryRangeForRandomListsAndAddresses() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<BlockedIpRange> ranges = new ArrayList<BlockedIpRange>();
            for (int i = 0; i < 20; i++) {
                ranges.add(range(i, "10." + random.nextInt(4) + "." + random.nextInt(256) + ".0/" + (8 + random.nextInt(25))));
            }
            Collections.shuffle(ranges, random);
            BlockedIpMatcher matcher = new BlockedIpMatcher(ranges);
            for (int i = 0; i < 200; i++) {
                String ip = "10." + random.nextInt(5) + "." + random.nextInt(256) + "." + random.nextInt(256);
                String key = IpRange.keyOf(ip);
                boolean expected = false;
                for (BlockedIpRange range : ranges) {
                    expected |= range.containsKey(key);
                }
                assertEquals(expected, matcher.isBlocked(ip), ip + " in " + ranges);
            }
        }
    }

    @Test
    void anEmptyListBlocksNothing() {
        assertFalse(new BlockedIpMatcher(Collections.<BlockedIpRange>emptyList()).isBlocked("10.0.0.1"));
    }

    private static BlockedIpRange range(long id, String text) {
        IpRange range = IpRange.parse(text);
        return new BlockedIpRange(id, range.toString(), range.getFirstKey(), range.getLastKey());
    }
}
