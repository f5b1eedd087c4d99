package io.custmgr.ipblock.service;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.InvalidIpRangeException;

import java.util.List;

/**
 * Blocked IP addresses and ranges (bean {@code cmIpBlockService}, table {@code CM_BLOCKED_IP}). The storefront asks
 * {@link #isBlocked} on every sign-in and registration: it answers from an in-memory snapshot, reloaded (one query)
 * after a change made in this webapp and at the latest {@code custmgr.ipblock.cacheSeconds} after one made elsewhere
 * (the admin). Writing methods join the caller's transaction or run in their own.
 * <p>
 * Set-based matching: {@link #matcher()} for many addresses in memory, or SQL on {@code CM_BLOCKED_IP}
 * ({@code BLOCKED_IP_ID}, {@code ADDRESS}, {@code FIRST_KEY}, {@code LAST_KEY}, {@code REASON}, {@code DATE_CREATED},
 * {@code CREATED_BY}): an address is blocked when its key ({@code IpRange.keyOf}) lies
 * {@code BETWEEN FIRST_KEY AND LAST_KEY}.
 */
public interface IpBlockService {

    /** @return whether the address (IPv4 or IPv6, no prefix) is in a block; false for null or non-addresses */
    boolean isBlocked(String ip);

    /**
     * Blocks an address or range, normalized (e.g. {@code 10.1.2.3/16} becomes {@code 10.1.0.0/16}), as the admin
     * user of the current request or {@code system}.
     *
     * @return the new block, or the existing one when exactly this range is already blocked (its reason unchanged)
     * @throws InvalidIpRangeException when the text is blank, not an address or range, or too wide
     */
    BlockedIp block(String ipOrCidr, String reason);

    /**
     * Checks a value the admin's form is about to save.
     *
     * @param exceptId the block being edited, null for a new one
     * @return null when acceptable, else the message key of the broken rule ({@link InvalidIpRangeException}'s
     *         constants, {@code ALREADY_BLOCKED} when another block has exactly this range)
     */
    String checkAddress(String ipOrCidr, Long exceptId);

    /** Removes the block (logged with who removed it). @return false when there was none with this id */
    boolean unblock(Long id);

    BlockedIp findById(Long id);

    /** @return every block, newest first */
    List<BlockedIp> findAll();

    /** @return every block as id, address and keys, by first key (one query, not cached) */
    List<BlockedIpRange> findRanges();

    /** @return the current cached snapshot for matching many addresses (refreshed like {@link #isBlocked}) */
    BlockedIpMatcher matcher();
}
