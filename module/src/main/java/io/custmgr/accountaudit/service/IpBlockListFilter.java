package io.custmgr.accountaudit.service;

import io.custmgr.ipblock.service.BlockedIpMatcher;
import io.custmgr.ipblock.service.IpBlockService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.annotation.Resource;

/**
 * Matches registration IPs against the IP block list in memory: one query for the ranges (fresh, not the storefront's
 * cached snapshot, so a block just added from the audit page counts at once), then each distinct IP once.
 */
@Component("cmAccountAuditBlockedIps")
public class IpBlockListFilter implements BlockedIpFilter {

    @Resource(name = "cmIpBlockService")
    protected IpBlockService ipBlockService;

    @Override
    public boolean blocksAny() {
        return !ipBlockService.findRanges().isEmpty();
    }

    @Override
    public List<String> blocked(Collection<String> ips) {
        List<String> blocked = new ArrayList<String>();
        BlockedIpMatcher matcher = new BlockedIpMatcher(ipBlockService.findRanges());
        if (matcher.getRanges().isEmpty()) {
            return blocked;
        }
        for (String ip : ips) {
            if (matcher.isBlocked(ip)) {
                blocked.add(ip);
            }
        }
        return blocked;
    }
}
