package io.custmgr.security.password;

/**
 * Marks the thread while Broadleaf 3.1 hashes password reset tokens. Its services hash a token with the password
 * encoder when mailing the link and look the token row up by hashing the link's token again, so a token needs the same
 * hash every time, which bcrypt never gives. Within the scope, {@link UpgradingPasswordEncoder} hashes every value but
 * the new password (set by the reset itself) with the legacy encoder, as Broadleaf did before the switch.
 */
public final class ResetTokenScope {

    private static final Object NO_NEW_PASSWORD = new Object();
    private static final ThreadLocal<Object> NEW_PASSWORD = new ThreadLocal<Object>();

    private ResetTokenScope() {
    }

    /**
     * Enters the scope; scopes nest. Always pair with {@link #close} in a {@code finally}.
     *
     * @param newPassword the password the operation sets (hashed with bcrypt), or null when it sets none
     * @return what {@link #close} restores
     */
    public static Object open(String newPassword) {
        Object outer = NEW_PASSWORD.get();
        NEW_PASSWORD.set(newPassword == null ? NO_NEW_PASSWORD : newPassword);
        return outer;
    }

    /** Leaves the scope {@link #open} entered, back to {@code outer}. */
    public static void close(Object outer) {
        if (outer == null) {
            NEW_PASSWORD.remove();
        } else {
            NEW_PASSWORD.set(outer);
        }
    }

    /** @return whether {@code raw}, hashed now on this thread, is a reset token */
    static boolean isToken(String raw) {
        Object newPassword = NEW_PASSWORD.get();
        return newPassword != null && !newPassword.equals(raw);
    }
}
