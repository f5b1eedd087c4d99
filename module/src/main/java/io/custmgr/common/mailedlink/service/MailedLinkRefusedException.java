package io.custmgr.common.mailedlink.service;

/**
 * A mailed link that was not taken up, and why. {@link #getCode()} is what the storefront gets: the reason's code, or
 * the feature's message key for {@link Reason#REFUSED}. Its message never holds the token.
 */
public class MailedLinkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No link has this token (or not for this purpose). */
        UNKNOWN("unknown"),
        EXPIRED("expired"),
        /** Taken up already (also by a second click racing the first). */
        USED("used"),
        /** Followed by another customer than the one it was mailed to, or by nobody signed in. */
        OTHER_ACCOUNT("otherAccount"),
        /** The feature's own rule refused it; the code says which. */
        REFUSED(null);

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }
    }

    private final Reason reason;
    private final String code;

    public MailedLinkRefusedException(Reason reason) {
        this(reason, reason.getCode());
    }

    private MailedLinkRefusedException(Reason reason, String code) {
        super("Mailed link refused: " + code);
        this.reason = reason;
        this.code = code;
    }

    /** For a {@link MailedLinkHandler}: the feature refuses the link for a reason of its own (a message key). */
    public static MailedLinkRefusedException refused(String code) {
        return new MailedLinkRefusedException(Reason.REFUSED, code);
    }

    public Reason getReason() {
        return reason;
    }

    /** @return the reason's code ("unknown", "expired", "used", "otherAccount") or the feature's message key */
    public String getCode() {
        return code;
    }
}
