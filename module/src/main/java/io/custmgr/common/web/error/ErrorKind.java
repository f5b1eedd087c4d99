package io.custmgr.common.web.error;

/** What an error page tells the visitor, and the HTTP status it answers with. */
public enum ErrorKind {

    /** The address names a record, page or section that does not exist (or not for this visitor). */
    NOT_FOUND(404),
    /** A form was posted with a CSRF token the session does not hold: the session expired or was replaced. */
    SESSION_EXPIRED(403),
    /**
     * A client error the framework already answers with its own status (wrong method, missing parameter, a
     * {@code @ResponseStatus} exception): the page keeps that status and says only that the request was refused.
     */
    REFUSED(400),
    /** Anything else: a 500 page with a reference id that is also logged beside the stack trace. */
    FAILURE(500);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    /** @return the status this kind answers with when nothing more specific is known */
    public int status() {
        return status;
    }

    /** The kind of an error the container reports only by its status (no exception): 404, other 4xx, or failure. */
    public static ErrorKind ofStatus(int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        return status >= 400 && status < 500 ? REFUSED : FAILURE;
    }
}
