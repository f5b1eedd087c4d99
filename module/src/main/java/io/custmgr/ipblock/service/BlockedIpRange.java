package io.custmgr.ipblock.service;

import java.io.Serializable;

/**
 * One block as its id, normalized address and first / last key (32 hex digits, see {@code IpRange}): what a matcher
 * or a set-based query needs, without the entity. Immutable.
 */
public final class BlockedIpRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String address;
    private final String firstKey;
    private final String lastKey;

    public BlockedIpRange(Long id, String address, String firstKey, String lastKey) {
        this.id = id;
        this.address = address;
        this.firstKey = firstKey;
        this.lastKey = lastKey;
    }

    public Long getId() { return id; }
    public String getAddress() { return address; }
    public String getFirstKey() { return firstKey; }
    public String getLastKey() { return lastKey; }

    /** @param key an address key ({@code IpRange.keyOf}) */
    public boolean containsKey(String key) {
        return key.compareTo(firstKey) >= 0 && key.compareTo(lastKey) <= 0;
    }

    @Override
    public String toString() {
        return address;
    }
}
