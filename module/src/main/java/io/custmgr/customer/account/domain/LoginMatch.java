package io.custmgr.customer.account.domain;

/** Who signs in with an address typed in any case: nobody known, one account, or several (an unresolved duplicate). */
public final class LoginMatch {

    private static final LoginMatch NONE = new LoginMatch(null, null, false);
    private static final LoginMatch SHARED = new LoginMatch(null, null, true);

    private final Long customerId;
    private final String username;
    private final boolean shared;

    private LoginMatch(Long customerId, String username, boolean shared) {
        this.customerId = customerId;
        this.username = username;
        this.shared = shared;
    }

    public static LoginMatch none() {
        return NONE;
    }

    public static LoginMatch shared() {
        return SHARED;
    }

    /** @param username the account's user name as stored (read with the key: never a cached copy) */
    public static LoginMatch of(long customerId, String username) {
        return new LoginMatch(customerId, username, false);
    }

    /** @return the one account holding the address, or null */
    public Long getCustomerId() {
        return customerId;
    }

    /** @return the user name the one account holding the address has in the database, or null */
    public String getUsername() {
        return username;
    }

    /** @return whether several accounts hold the address (from before the module): none of them may sign in with it */
    public boolean isShared() {
        return shared;
    }
}
