package io.custmgr.assist.service;

import io.custmgr.common.web.CurrentRequest;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The assisted session of the storefront request the current thread serves, for code that stamps what an admin user
 * does while signed in as a customer (page views, activity events, orders) or refuses it (password and e-mail
 * changes). Null in the admin webapp, jobs and ordinary shopper sessions.
 */
public final class CurrentAssistance {

    /** The HTTP session attribute holding the {@link AssistedSession}. */
    public static final String SESSION_ATTRIBUTE = "cmAssistedSession";

    private CurrentAssistance() {
    }

    /** @return the current request's assisted session, or null */
    public static AssistedSession get() {
        return of(CurrentRequest.get());
    }

    /** @return the request's assisted session, or null (no request, no session, not assisted) */
    public static AssistedSession of(HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            Object value = session.getAttribute(SESSION_ATTRIBUTE);
            return value instanceof AssistedSession ? (AssistedSession) value : null;
        } catch (IllegalStateException e) {
            return null; // invalidated while the request runs (logout)
        }
    }

    /** @return the login of the admin user assisting on the current request, or null */
    public static String adminName() {
        AssistedSession assisted = get();
        return assisted == null ? null : assisted.getAdminName();
    }
}
