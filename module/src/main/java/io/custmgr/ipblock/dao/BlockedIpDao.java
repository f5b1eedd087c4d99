package io.custmgr.ipblock.dao;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.service.BlockedIpRange;

import java.util.List;

/** Reads and writes {@code CM_BLOCKED_IP}; callers bring the transaction. */
public interface BlockedIpDao {

    BlockedIp create();

    /** Saves and flushes, so the row (and its normalized address) exists when this returns. */
    BlockedIp save(BlockedIp blockedIp);

    BlockedIp readById(Long id);

    /** @param normalizedAddress as {@code IpRange.toString()} writes it */
    BlockedIp readByAddress(String normalizedAddress);

    /** @return every block, newest first */
    List<BlockedIp> readAll();

    /** @return every block's id, address and keys in one query, by first key */
    List<BlockedIpRange> readRanges();

    void delete(BlockedIp blockedIp);
}
