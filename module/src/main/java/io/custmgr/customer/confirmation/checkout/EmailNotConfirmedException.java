package io.custmgr.customer.confirmation.checkout;

/** An order of an account that has not confirmed its e-mail address yet, refused at checkout. */
public class EmailNotConfirmedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long customerId;

    public EmailNotConfirmedException(long customerId) {
        super("The account's e-mail address is not confirmed yet");
        this.customerId = customerId;
    }

    public long getCustomerId() {
        return customerId;
    }

    /** @return whether the failure (or one of its causes) is this one */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EmailNotConfirmedException) {
                return true;
            }
        }
        return false;
    }
}
