package io.custmgr.site.ipblock;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.ipblock.service.IpBlockService;
import io.custmgr.site.common.GuardedPaths;
import io.custmgr.site.common.RequestPaths;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Refuses sign-ins and registrations from blocked IP addresses ({@code cmIpBlockService}): a POST to a guarded path
 * from a blocked client never reaches Spring Security's login processing or the registration controller, so nothing is
 * authenticated or created; the shopper is redirected to the path's target (the page shows the message) or answered
 * with a 403. Mount it before Spring Security's form login, e.g. in the site's {@code blPreSecurityFilterChain}. The
 * client IP comes from {@code cmClientIpResolver} ({@code X-Forwarded-For} only from trusted proxies).
 */
public class IpBlockFilter extends OncePerRequestFilter {

    private static final Log LOG = LogFactory.getLog(IpBlockFilter.class);
    static final String REFUSAL = "Sign-ins and registrations from your network are blocked. "
            + "Contact us if you think this is a mistake.";

    private final IpBlockService ipBlockService;
    private final ClientIpResolver ipResolver;
    private final GuardedPaths guardedPaths;

    /** @param guardedPaths see {@code custmgr.ipblock.guardedPaths}: {@code /path=/redirect-target,...} */
    public IpBlockFilter(IpBlockService ipBlockService, ClientIpResolver ipResolver, String guardedPaths) {
        this.ipBlockService = ipBlockService;
        this.ipResolver = ipResolver;
        this.guardedPaths = GuardedPaths.parse(guardedPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.pathOf(request);
        if ("POST".equalsIgnoreCase(request.getMethod()) && guardedPaths.isGuarded(path)) {
            String ip = ipResolver.resolve(request);
            if (ipBlockService.isBlocked(ip)) {
                refuse(request, response, path, ip);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, String ip)
            throws IOException {
        LOG.info("Refused POST " + path + " from blocked address " + ip);
        guardedPaths.refuse(request, response, path, REFUSAL);
    }
}
