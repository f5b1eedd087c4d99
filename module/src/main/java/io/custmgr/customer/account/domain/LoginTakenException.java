package io.custmgr.customer.account.domain;

/**
 * A customer was to be saved with a sign-in name or e-mail address that another account already holds, ignoring case
 * and blanks around it. Thrown while Hibernate writes the customer (so from the flush or the commit of whatever
 * transaction saved it, possibly wrapped): nothing of that transaction is kept. Forms find it with {@link #in}.
 */
public class LoginTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long ownerId;

    /** @param ownerId the account holding the address; null when it is not known (a race, or a shared address) */
    public LoginTakenException(Long ownerId) {
        super(ownerId == null ? "The e-mail address is already the login of another account"
                : "The e-mail address is already the login of customer " + ownerId);
        this.ownerId = ownerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    /** @return the exception in the cause chain of {@code failure}, or null */
    public static LoginTakenException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof LoginTakenException) {
                return (LoginTakenException) cause;
            }
        }
        return null;
    }
}
