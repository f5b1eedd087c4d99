package io.custmgr.site.ipblock;

import io.custmgr.common.web.ClientIpResolver;
import io.custmgr.ipblock.service.IpBlockService;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storefront's filter bean as the host gets it, against real blocks in the database; rolled back. */
@BroadleafIntegrationTest
@Transactional
class IpBlockFilterIT {

    @Resource(name = "cmIpBlockFilter")
    IpBlockFilter filter;

    @Resource(name = "cmIpBlockService")
    IpBlockService ipBlockService;

    @Resource(name = "cmClientIpResolver")
    ClientIpResolver ipResolver;

    @BeforeEach
    void blockTestRanges() {
        ipBlockService.block("198.51.100.0/24", "test network");
        ipBlockService.block("2001:db8:bad::/48", "test network");
    }

    @Test
    void aSignInFromABlockedAddressIsSentBackToTheLoginPage() throws Exception {
        Outcome outcome = post("/login_post.htm", "198.51.100.20");

        assertFalse(outcome.passed);
        assertEquals("/login?blocked=true", outcome.response.getRedirectedUrl());
    }

    @Test
    void aRegistrationFromABlockedIpv6AddressIsSentBackToTheRegistrationPage() throws Exception {
        Outcome outcome = post("/register", "2001:db8:bad::7");

        assertFalse(outcome.passed);
        assertEquals("/register?blocked=true", outcome.response.getRedirectedUrl());
    }

    @Test
    void otherAddressesMethodsAndPathsPass() throws Exception {
        assertTrue(post("/login_post.htm", "198.51.101.20").passed);
        assertTrue(post("/checkout", "198.51.100.20").passed);
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/register");
        get.setRemoteAddr("198.51.100.20");
        assertTrue(run(filter, get).passed);
    }

    @Test
    void aSessionIdInThePathDoesNotGetPastTheGuard() throws Exception {
        Outcome outcome = post("/register;jsessionid=ABC123", "198.51.100.20");
        assertFalse(outcome.passed);
    }

    @Test
    void theClientBehindATrustedProxyIsTheOneChecked() throws Exception {
        MockHttpServletRequest viaProxy = request("/register", "127.0.0.1");
        viaProxy.addHeader("X-Forwarded-For", "198.51.100.30");
        assertFalse(run(filter, viaProxy).passed);

        // from an untrusted peer the header is the client's own claim: the peer is checked
        MockHttpServletRequest forged = request("/register", "203.0.113.9");
        forged.addHeader("X-Forwarded-For", "198.51.100.30");
        assertTrue(run(filter, forged).passed);
    }

    @Test
    void aPathWithoutTargetIsRefusedWithA403AndTheMessage() throws Exception {
        IpBlockFilter plain = new IpBlockFilter(ipBlockService, ipResolver, "/signup");
        Outcome outcome = run(plain, request("/signup", "198.51.100.20"));

        assertFalse(outcome.passed);
        assertEquals(403, outcome.response.getStatus());
        assertNull(outcome.response.getRedirectedUrl());
        assertEquals(IpBlockFilter.REFUSAL, outcome.response.getContentAsString());
    }

    @Test
    void unblockingLetsTheNextSignInThrough() throws Exception {
        Long id = ipBlockService.block("192.0.2.55", "test").getId();
        assertFalse(post("/login_post.htm", "192.0.2.55").passed);

        ipBlockService.unblock(id);

        assertTrue(post("/login_post.htm", "192.0.2.55").passed);
    }

    private Outcome post(String path, String ip) throws Exception {
        return run(filter, request(path, ip));
    }

    private static MockHttpServletRequest request(String path, String ip) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(ip);
        return request;
    }

    private static Outcome run(IpBlockFilter filter, MockHttpServletRequest request) throws Exception {
        final Outcome outcome = new Outcome();
        filter.doFilter(request, outcome.response, new FilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) {
                outcome.passed = true;
            }
        });
        return outcome;
    }

    private static final class Outcome {
        final MockHttpServletResponse response = new MockHttpServletResponse();
        boolean passed;
    }
}
