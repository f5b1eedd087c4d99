package io.custmgr.accountaudit.service;

import java.util.Collection;
import java.util.List;

/** Tells the audit which registration IPs are blocked (bean {@code cmAccountAuditBlockedIps}). */
public interface BlockedIpFilter {

    /** @return whether the block list holds anything (else the audit need not read its registration IPs) */
    boolean blocksAny();

    /** @return those of the given IPs that are blocked now, never null */
    List<String> blocked(Collection<String> ips);
}
