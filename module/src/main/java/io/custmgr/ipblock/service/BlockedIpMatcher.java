package io.custmgr.ipblock.service;

import io.custmgr.ipblock.domain.IpRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable snapshot of the blocks that answers "which block holds this address" in O(log n) for the usual
 * non-overlapping list: ranges sorted by first key, with the highest last key so far, so a lookup binary-searches
 * the last range starting at or before the address and walks back only while an earlier range could still reach it.
 * Thread-safe; use one for matching many addresses (an audit of every customer's IP) without a query per address.
 */
public final class BlockedIpMatcher {

    private final List<BlockedIpRange> ranges;
    private final String[] firstKeys;
    private final String[] reachSoFar;

    public BlockedIpMatcher(List<BlockedIpRange> blocks) {
        List<BlockedIpRange> sorted = new ArrayList<BlockedIpRange>(blocks);
        Collections.sort(sorted, new Comparator<BlockedIpRange>() {
            @Override
            public int compare(BlockedIpRange a, BlockedIpRange b) {
                return a.getFirstKey().compareTo(b.getFirstKey());
            }
        });
        ranges = Collections.unmodifiableList(sorted);
        firstKeys = new String[sorted.size()];
        reachSoFar = new String[sorted.size()];
        String reach = null;
        for (int i = 0; i < sorted.size(); i++) {
            BlockedIpRange range = sorted.get(i);
            firstKeys[i] = range.getFirstKey();
            reach = reach == null || range.getLastKey().compareTo(reach) > 0 ? range.getLastKey() : reach;
            reachSoFar[i] = reach;
        }
    }

    /** @return whether the address is in a block; false for null or anything that is not an IP address */
    public boolean isBlocked(String ip) {
        return findBlock(ip) != null;
    }

    /** @return a block holding the address (the one starting last, when several do), or null */
    public BlockedIpRange findBlock(String ip) {
        String key = IpRange.keyOf(ip);
        return key == null ? null : findBlockByKey(key);
    }

    /** @param key an address key ({@link IpRange#keyOf}) */
    public BlockedIpRange findBlockByKey(String key) {
        int low = 0;
        int high = firstKeys.length - 1;
        int candidate = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (firstKeys[mid].compareTo(key) <= 0) {
                candidate = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        for (int i = candidate; i >= 0 && reachSoFar[i].compareTo(key) >= 0; i--) {
            if (ranges.get(i).containsKey(key)) {
                return ranges.get(i);
            }
        }
        return null;
    }

    /** @return the blocks, by first key */
    public List<BlockedIpRange> getRanges() {
        return ranges;
    }
}
