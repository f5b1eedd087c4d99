package io.custmgr.site.security;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collections;

import javax.servlet.http.HttpServletRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedInCustomerGuardTest {

    private Customer resolved;
    private boolean rowStands = true;
    private int rowReads;

    private final SignedInCustomerGuard guard = guard(0);

    private SignedInCustomerGuard guard(int recheckSeconds) {
        return new SignedInCustomerGuard(null, "/login", recheckSeconds) {
            @Override
            protected Customer customerOf(HttpServletRequest request) {
                return resolved;
            }

            @Override
            protected boolean rowStands(String login, Long customerId) {
                rowReads++;
                return rowStands;
            }
        };
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionStaysSignedInWhileItsAccountIsThere() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");

        MockFilterChain first = new MockFilterChain();
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), first);
        MockFilterChain second = new MockFilterChain();
        guard.doFilter(get("/cart", session), new MockHttpServletResponse(), second);

        assertNotNull(first.getRequest(), "the page is served");
        assertNotNull(second.getRequest(), "and the next one");
        assertNotNull(SecurityContextHolder.getContext().getAuthentication());
        assertTrue(!session.isInvalid());
    }

    @Test
    void anAccountTheMerchantCreatedWithoutTheRegisteredFlagStaysSignedIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("made@example.com");
        resolved = registered(5L, "made@example.com");
        resolved.setRegistered(false); // Broadleaf's admin leaves IS_REGISTERED unset
        for (int i = 0; i < 2; i++) {
            MockFilterChain chain = new MockFilterChain();
            guard.doFilter(get("/account", session), new MockHttpServletResponse(), chain);
            assertNotNull(chain.getRequest());
        }
        assertTrue(!session.isInvalid());
    }

    @Test
    void anErasedOrDeletedAccountEndsTheSessionAndTheSamePageReloadsSignedOut() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), new MockFilterChain());

        resolved = anonymous(); // Broadleaf finds nobody under the login any more and falls back to an anonymous one
        MockHttpServletRequest request = get("/account/orders", session);
        request.setQueryString("page=2");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);

        assertNull(chain.getRequest(), "the page is not served to the ended session");
        assertEquals("/account/orders?page=2", response.getRedirectedUrl());
        assertTrue(session.isInvalid());
        assertNull(SecurityContextHolder.getContext().getAuthentication());
    }

    @Test
    void anAccountChangedBehindTheStorefrontsCachesEndsTheSessionAtItsNextRequest() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), new MockFilterChain());
        assertEquals(0, rowReads, "the request that follows the sign-in reads nothing");

        rowStands = false; // erased in the admin: Broadleaf still resolves its cached copy, the row says otherwise
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), chain);

        assertNull(chain.getRequest());
        assertTrue(session.isInvalid());
        assertEquals(1, rowReads);
    }

    @Test
    void withARecheckIntervalTheRowIsReadOncePerInterval() throws Exception {
        SignedInCustomerGuard lenient = guard(60);
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        for (int i = 0; i < 5; i++) {
            MockFilterChain chain = new MockFilterChain();
            lenient.doFilter(get("/account", session), new MockHttpServletResponse(), chain);
            assertNotNull(chain.getRequest());
        }
        assertEquals(0, rowReads, "checked at sign-in, not again within the minute");
    }

    @Test
    void aDeactivatedAccountEndsTheSessionAndAPostGoesToTheSignInPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        resolved.setDeactivated(true);
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/checkout/complete");
        post.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        guard.doFilter(post, response, chain);

        assertNull(chain.getRequest());
        assertEquals("/login", response.getRedirectedUrl());
        assertTrue(session.isInvalid());
    }

    @Test
    void anotherCustomerUnderTheSameLoginEndsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), new MockFilterChain());

        resolved = registered(8L, "ann@example.com"); // erased, then the address registered again by someone
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), chain);

        assertNull(chain.getRequest(), "the old session never becomes the new account");
        assertTrue(session.isInvalid());
    }

    @Test
    void aNewSignInOrAChangedLoginInTheSameSessionIsRememberedAfresh() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), new MockFilterChain());

        signIn("bob@example.com"); // signed in as someone else without signing out: the session moves along
        resolved = registered(9L, "bob@example.com");
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), chain);

        assertNotNull(chain.getRequest());
        assertTrue(!session.isInvalid());
    }

    @Test
    void anonymousVisitorsPassUntouchedAndSigningOutForgetsTheAccount() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn("ann@example.com");
        resolved = registered(7L, "ann@example.com");
        guard.doFilter(get("/account", session), new MockHttpServletResponse(), new MockFilterChain());

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                Collections.singletonList(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        resolved = anonymous();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(get("/", session), new MockHttpServletResponse(), chain);

        assertNotNull(chain.getRequest());
        assertNull(session.getAttribute(SignedInCustomerGuard.SIGNED_IN_CUSTOMER));
        assertTrue(!session.isInvalid());
    }

    private static MockHttpServletRequest get(String path, MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        return request;
    }

    private static void signIn(String login) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(login, null,
                Collections.singletonList(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    private static Customer registered(Long id, String login) {
        Customer customer = new CustomerImpl();
        customer.setId(id);
        customer.setUsername(login);
        customer.setRegistered(true);
        return customer;
    }

    private static Customer anonymous() {
        Customer customer = new CustomerImpl();
        customer.setId(1234L);
        customer.setAnonymous(true);
        return customer;
    }
}
