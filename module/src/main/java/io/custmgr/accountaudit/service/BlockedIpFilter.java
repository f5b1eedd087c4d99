package io.custmgr.accountaudit.service;

import java.util.Collection;
import java.util.List;

/** Tells the audit which registration IPs are blocked (bean {@code cmAccountAuditBlockedIps}). */
public interface BlockedIpFilter {

    /** @return those of the given IPs that are blocked now, never null */
    List<String> blocked(Collection<String> ips);
}
