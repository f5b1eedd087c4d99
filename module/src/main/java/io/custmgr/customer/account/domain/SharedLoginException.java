package io.custmgr.customer.account.domain;

/**
 * Sign-in with an address that several accounts hold ignoring case (from before the module): refused rather than
 * picking one. Thrown by the customer user-details lookup; Spring Security hands it to the failure handler wrapped in
 * an {@code AuthenticationServiceException}, where a login page can find it with {@link #in}.
 */
public class SharedLoginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SharedLoginException() {
        super("Several accounts sign in with this e-mail address");
    }

    /** @return whether the failure (or one of its causes) is this one */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SharedLoginException) {
                return true;
            }
        }
        return false;
    }
}
