package io.custmgr.security.password;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * The column an account's password hash is kept in, for replacing an outdated hash at sign-in (beans
 * {@code cmCustomerPasswords} for customers, {@code cmAdminUserPasswords} for admin users).
 */
public interface StoredPasswords {

    /**
     * Replaces the account's hash {@code expected} by {@code replacement} in one statement, and only while the account
     * still holds {@code expected}: a password changed meanwhile is left alone. Joins the caller's transaction when
     * there is one, else commits at once. Writes no audit record or activity event (the password did not change) and
     * logs neither value. Copies of the account that Hibernate holds (the current persistence context, the shared
     * cache) are brought up to date, so a later save of the account does not put the old hash back.
     *
     * @param user the account as its {@code UserDetailsService} loaded it for the sign-in
     * @return whether the hash was replaced (false: another hash was stored, or the account is gone)
     */
    boolean replace(UserDetails user, String expected, String replacement);
}
