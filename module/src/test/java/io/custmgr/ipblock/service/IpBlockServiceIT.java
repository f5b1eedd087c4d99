package io.custmgr.ipblock.service;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.InvalidIpRangeException;
import io.custmgr.ipblock.domain.IpRange;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocking and matching against the real schema; every test is rolled back. */
@BroadleafIntegrationTest
@Transactional
class IpBlockServiceIT {

    @Resource(name = "cmIpBlockService")
    IpBlockService ipBlockService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void aRangeIsStoredNormalizedWithItsKeysWhoAndWhen() {
        BlockedIp saved = ipBlockService.block(" 10.1.2.3/16 ", "  signup bot farm ");
        em.clear();

        Object[] row = (Object[]) em.createNativeQuery("SELECT ADDRESS, FIRST_KEY, LAST_KEY, REASON, CREATED_BY, "
                + "DATE_CREATED FROM CM_BLOCKED_IP WHERE BLOCKED_IP_ID = ?").setParameter(1, saved.getId())
                .getSingleResult();
        assertEquals("10.1.0.0/16", row[0]);
        assertEquals("00000000000000000000ffff0a010000", row[1]);
        assertEquals("00000000000000000000ffff0a01ffff", row[2]);
        assertEquals("signup bot farm", row[3]);
        assertEquals("system", row[4]);
        assertNotNull(row[5]);
    }

    @Test
    void anIpv4RangeBlocksFromItsFirstToItsLastAddress() {
        ipBlockService.block("192.0.2.64/26", "test");

        assertFalse(ipBlockService.isBlocked("192.0.2.63"));
        assertTrue(ipBlockService.isBlocked("192.0.2.64"));
        assertTrue(ipBlockService.isBlocked("192.0.2.100"));
        assertTrue(ipBlockService.isBlocked("192.0.2.127"));
        assertFalse(ipBlockService.isBlocked("192.0.2.128"));
        assertTrue(ipBlockService.isBlocked("::ffff:192.0.2.70"));
    }

    @Test
    void ipv6AddressesAndRangesBlock() {
        ipBlockService.block("2001:db8:a::/48", "test");
        ipBlockService.block("2001:0db8:0000:0000:0000:0000:0000:0bad", "test");

        assertTrue(ipBlockService.isBlocked("2001:db8:a::1"));
        assertTrue(ipBlockService.isBlocked("2001:db8:a:ffff:ffff:ffff:ffff:ffff"));
        assertFalse(ipBlockService.isBlocked("2001:db8:b::"));
        assertTrue(ipBlockService.isBlocked("2001:db8::bad"));
        assertFalse(ipBlockService.isBlocked("2001:db8::bae"));
        assertEquals("2001:db8::bad", ipBlockService.findAll().get(0).getAddress());
    }

    @Test
    void aSingleAddressBlocksOnlyItself() {
        ipBlockService.block("203.0.113.7", "test");

        assertTrue(ipBlockService.isBlocked("203.0.113.7"));
        assertFalse(ipBlockService.isBlocked("203.0.113.6"));
        assertFalse(ipBlockService.isBlocked("203.0.113.8"));
        assertFalse(ipBlockService.isBlocked(null));
        assertFalse(ipBlockService.isBlocked("not-an-ip"));
    }

    @Test
    void invalidInputIsRejectedAndNothingIsSaved() {
        long before = count();
        InvalidIpRangeException e = assertThrows(InvalidIpRangeException.class,
                () -> ipBlockService.block("10.0.0.300", "test"));
        assertEquals(InvalidIpRangeException.INVALID, e.getMessageKey());
        assertEquals(InvalidIpRangeException.TOO_WIDE,
                assertThrows(InvalidIpRangeException.class, () -> ipBlockService.block("0.0.0.0/0", "x"))
                        .getMessageKey());
        assertEquals(before, count());
        assertEquals(InvalidIpRangeException.REQUIRED, ipBlockService.checkAddress("", null));
        assertEquals(InvalidIpRangeException.INVALID, ipBlockService.checkAddress("example.com", null));
    }

    @Test
    void blockingTheSameRangeAgainKeepsTheFirstBlock() {
        BlockedIp first = ipBlockService.block("198.51.100.0/24", "first");
        BlockedIp again = ipBlockService.block("198.51.100.99/24", "second");

        assertEquals(first.getId(), again.getId());
        assertEquals("first", again.getReason());
        assertEquals(InvalidIpRangeException.ALREADY_BLOCKED, ipBlockService.checkAddress("198.51.100.1/24", null));
        assertNull(ipBlockService.checkAddress("198.51.100.0/24", first.getId()));
        assertNull(ipBlockService.checkAddress("198.51.100.0/25", null));
    }

    @Test
    void unblockingLetsTheAddressThroughAgain() {
        BlockedIp block = ipBlockService.block("198.51.100.23", "test");
        assertTrue(ipBlockService.isBlocked("198.51.100.23"));

        assertTrue(ipBlockService.unblock(block.getId()));

        assertFalse(ipBlockService.isBlocked("198.51.100.23"));
        assertNull(ipBlockService.findById(block.getId()));
        assertFalse(ipBlockService.unblock(block.getId()));
    }

    @Test
    void theKeyColumnsMatchAddressesInSql() {
        // what a set-based caller does: compare address keys with FIRST_KEY / LAST_KEY in the database
        ipBlockService.block("10.20.0.0/16", "test");
        ipBlockService.block("2001:db8:c::/48", "test");
        String[] ips = {"10.20.3.4", "10.21.0.0", "10.19.255.255", "2001:db8:c::99", "2001:db8:d::", "10.20.255.255"};
        List<String> blocked = new ArrayList<String>();
        for (String ip : ips) {
            Number hits = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_BLOCKED_IP "
                    + "WHERE ? BETWEEN FIRST_KEY AND LAST_KEY").setParameter(1, IpRange.keyOf(ip)).getSingleResult();
            if (hits.intValue() > 0) {
                blocked.add(ip);
            }
        }
        assertEquals(java.util.Arrays.asList("10.20.3.4", "2001:db8:c::99", "10.20.255.255"), blocked);
    }

    @Test
    void theMatcherAndRangesListEveryBlock() {
        BlockedIp a = ipBlockService.block("10.30.0.0/16", "a");
        BlockedIp b = ipBlockService.block("10.30.1.0/24", "b");

        List<BlockedIpRange> ranges = ipBlockService.findRanges();
        assertTrue(ranges.size() >= 2);
        BlockedIpMatcher matcher = ipBlockService.matcher();
        assertEquals(b.getId(), matcher.findBlock("10.30.1.9").getId());
        assertEquals(a.getId(), matcher.findBlock("10.30.2.9").getId());
    }

    private long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_BLOCKED_IP").getSingleResult()).longValue();
    }
}
