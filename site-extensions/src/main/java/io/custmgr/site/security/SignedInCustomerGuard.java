package io.custmgr.site.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Ends a storefront session whose account is gone: deactivated by the merchant, merged into another account, its
 * personal data erased, deleted, or its login changed by the merchant. Spring Security keeps a signed-in shopper's
 * authentication in the session and Broadleaf looks the customer up by its login on every request, through Hibernate's
 * caches, which a change made by the admin webapp (or by set-based SQL) does not reach; without this such a session
 * would stay signed in with the account's old data — and would become the account of whoever registers that e-mail
 * address next. The guard remembers, in the session, which customer signed in under which login and reads that
 * customer's row (one primary-key lookup, at most every {@code recheckSeconds}): when the row is gone, deactivated or
 * under another login, or Broadleaf resolves no such customer or another one, the session is invalidated and the
 * shopper is sent to the same page signed out (the sign-in page for anything but a GET). Belongs in the host's
 * {@code blPostSecurityFilterChain} right after {@code blCustomerStateFilter}.
 */
public class SignedInCustomerGuard extends OncePerRequestFilter {

    private static final Log LOG = LogFactory.getLog(SignedInCustomerGuard.class);

    /** Session attribute: the {@link SignedIn} login and customer id this session signed in as. */
    public static final String SIGNED_IN_CUSTOMER = SignedInCustomerGuard.class.getName() + ".signedIn";

    static final String ACCOUNT = "SELECT USER_NAME, DEACTIVATED FROM BLC_CUSTOMER WHERE CUSTOMER_ID = ?";

    private final JdbcTemplate jdbc;
    private final String signInPath;
    private final long recheckMillis;

    /**
     * @param signInPath where a shopper whose session ended on a POST (or other non-GET) goes, e.g. {@code /login}
     * @param recheckSeconds how long a session's account counts as checked (0: read it on every request)
     */
    public SignedInCustomerGuard(JdbcTemplate jdbc, String signInPath, int recheckSeconds) {
        this.jdbc = jdbc;
        this.signInPath = signInPath;
        this.recheckMillis = recheckSeconds * 1000L;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && isSignedIn(authentication)) {
            Customer customer = customerOf(request);
            Object remembered = session.getAttribute(SIGNED_IN_CUSTOMER);
            SignedIn signedInAs = remembered instanceof SignedIn ? (SignedIn) remembered : null;
            if (signedInAs != null && !signedInAs.login.equals(authentication.getName())) {
                signedInAs = null; // a new sign-in (or a changed login) in the same session
            }
            if (isGone(customer, signedInAs)
                    || !accountStands(authentication.getName(), customer.getId(), signedInAs)) {
                end(request, response, session, signedInAs);
                return;
            }
            if (signedInAs == null) {
                session.setAttribute(SIGNED_IN_CUSTOMER, new SignedIn(authentication.getName(), customer.getId(),
                        System.currentTimeMillis()));
            }
        } else if (session != null && session.getAttribute(SIGNED_IN_CUSTOMER) != null) {
            session.removeAttribute(SIGNED_IN_CUSTOMER); // signed out: the next sign-in may be anyone
        }
        chain.doFilter(request, response);
    }

    /** The customer {@code blCustomerStateFilter} resolved for this request. */
    protected Customer customerOf(HttpServletRequest request) {
        return CustomerState.getCustomer(request);
    }

    static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * @param signedInAs what this session signed in as under the current login, null on its first request
     * @return whether the session's account is gone: no registered, active customer under its login any more, or
     *         another customer than the one that signed in
     */
    static boolean isGone(Customer customer, SignedIn signedInAs) {
        // not "registered": Broadleaf's admin creates accounts without the flag, and they sign in all the same
        if (customer == null || customer.getId() == null || customer.isAnonymous() || customer.isDeactivated()) {
            return true;
        }
        return signedInAs != null && !signedInAs.customerId.equals(customer.getId());
    }

    /**
     * Whether the customer's row still stands under this login and is active, read from the database unless this
     * session checked it less than {@code recheckSeconds} ago (a first request was just signed in: nothing to read).
     */
    private boolean accountStands(String login, Long customerId, SignedIn signedInAs) {
        if (signedInAs == null) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (recheckMillis > 0 && now - signedInAs.checkedAt < recheckMillis) {
            return true;
        }
        boolean stands = rowStands(login, customerId);
        if (stands) {
            signedInAs.checkedAt = now;
        }
        return stands;
    }

    /** Whether the customer's row exists, holds this login (ignoring case) and is not deactivated. */
    protected boolean rowStands(String login, Long customerId) {
        List<Boolean> standing = jdbc.query(ACCOUNT, (row, n) -> login.equalsIgnoreCase(row.getString(1))
                && !row.getBoolean(2), customerId);
        return !standing.isEmpty() && standing.get(0);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            SignedIn signedInAs) throws IOException {
        LOG.info("Ended the storefront session of customer "
                + (signedInAs != null ? signedInAs.customerId : "(not seen yet)")
                + ": the account is deactivated, merged, erased or deleted");
        SecurityContextHolder.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // another request of the same session got here first
        }
        String target = "GET".equalsIgnoreCase(request.getMethod()) ? sameAddress(request)
                : request.getContextPath() + signInPath;
        response.sendRedirect(response.encodeRedirectURL(target));
    }

    /** The login and customer a session signed in as (kept in the session, hence serializable). */
    static final class SignedIn implements Serializable {

        private static final long serialVersionUID = 1L;

        final String login;
        final Long customerId;
        volatile long checkedAt;

        SignedIn(String login, Long customerId, long checkedAt) {
            this.login = login;
            this.customerId = customerId;
            this.checkedAt = checkedAt;
        }
    }

    private static String sameAddress(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query != null ? "?" + query : "");
    }
}
