package io.custmgr.security.password;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.util.Assert;

/**
 * Spring Security's user-name and password sign-in, which also replaces the stored hash of an account that just
 * signed in when {@link UpgradingPasswordEncoder#needsUpgrade} says so: only after every check passed (right
 * password, account enabled, not locked or expired), since only then is the typed password known to be the right one.
 * Every path through the authentication manager gets it: the storefront's login form, Broadleaf's
 * {@code LoginService} (after registration or a password reset), the admin's login.
 *
 * <p>A failed replacement is logged (without password or hash) and does not fail the sign-in; the next one tries again.
 */
public class UpgradingAuthenticationProvider extends DaoAuthenticationProvider {

    private static final Log LOG = LogFactory.getLog(UpgradingAuthenticationProvider.class);

    private StoredPasswords storedPasswords;

    /** Where the accounts' hashes are replaced (required). */
    public void setStoredPasswords(StoredPasswords storedPasswords) {
        this.storedPasswords = storedPasswords;
    }

    @Override
    protected void doAfterPropertiesSet() throws Exception {
        super.doAfterPropertiesSet();
        Assert.notNull(storedPasswords, "storedPasswords is required");
        Assert.isInstanceOf(UpgradingPasswordEncoder.class, getPasswordEncoder(),
                "the password encoder must be an UpgradingPasswordEncoder");
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
            UserDetails user) {
        upgrade(user, authentication.getCredentials());
        return super.createSuccessAuthentication(principal, authentication, user);
    }

    private void upgrade(UserDetails user, Object credentials) {
        UpgradingPasswordEncoder encoder = (UpgradingPasswordEncoder) getPasswordEncoder();
        String stored = user.getPassword();
        if (credentials == null || stored == null || !encoder.needsUpgrade(stored)) {
            return;
        }
        try {
            storedPasswords.replace(user, stored, encoder.encodePassword(credentials.toString(), null));
        } catch (RuntimeException e) {
            // the exception's message may quote the statement's values, so only its type is logged
            LOG.warn("A password hash was not upgraded at sign-in ("
                    + e.getClass().getName() + "); the next sign-in tries again");
        }
    }
}
