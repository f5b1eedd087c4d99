package io.custmgr.customer.account.domain;

/** Who signs in with an address typed in any case: nobody known, one account, or several (an unresolved duplicate). */
public final class LoginMatch {

    private static final LoginMatch NONE = new LoginMatch(null, false);
    private static final LoginMatch SHARED = new LoginMatch(null, true);

    private final Long customerId;
    private final boolean shared;

    private LoginMatch(Long customerId, boolean shared) {
        this.customerId = customerId;
        this.shared = shared;
    }

    public static LoginMatch none() {
        return NONE;
    }

    public static LoginMatch shared() {
        return SHARED;
    }

    public static LoginMatch of(long customerId) {
        return new LoginMatch(customerId, false);
    }

    /** @return the one account holding the address, or null */
    public Long getCustomerId() {
        return customerId;
    }

    /** @return whether several accounts hold the address (from before the module): none of them may sign in with it */
    public boolean isShared() {
        return shared;
    }
}
