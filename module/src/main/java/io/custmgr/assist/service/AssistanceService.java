package io.custmgr.assist.service;

import java.util.List;

/**
 * "Login as customer" (bean {@code cmAssistanceService}): an admin user opens the storefront signed in as a customer
 * to help them, through a single-use token the admin issues and the storefront takes up. Everything done in such a
 * session is in the assistance log ({@code CM_ASSIST_SESSION}) and the customer's audit trail.
 * <p>
 * Who may not be assisted, with the reason codes {@link #refusal} answers: no such customer ({@link #NOT_FOUND}), a
 * guest profile ({@link #GUEST}) or an anonymous visitor without an e-mail address ({@link #NOT_REGISTERED}; accounts
 * the merchant added in the admin are not flagged registered by Broadleaf, and may be assisted), a customer merged
 * into another ({@link #MERGED}), a deactivated one ({@link #DEACTIVATED}), an admin user's own storefront account —
 * its user name or e-mail address is an admin user's login or e-mail, ignoring case ({@link #ADMIN_ACCOUNT}) — and,
 * while {@code custmgr.assist.requireConsent} is on, a customer who has not allowed assistance ({@link #NO_CONSENT}).
 */
public interface AssistanceService {

    /** Purpose of the assistance tokens among the module's single-use tokens (CM_MAILED_TOKEN). */
    String PURPOSE = "ASSIST";

    String NOT_FOUND = "notFound";
    String GUEST = "guest";
    String NOT_REGISTERED = "notRegistered";
    String MERGED = "merged";
    String DEACTIVATED = "deactivated";
    String ADMIN_ACCOUNT = "adminAccount";
    String NO_CONSENT = "noConsent";
    /** The admin user who issued the token is gone or inactive by the time it is taken up. */
    String ADMIN_INACTIVE = "adminInactive";

    /** End reason: the admin clicked "Finish session". */
    String FINISHED = "FINISHED";
    /** End reason: the storefront session ended without "Finish session" (logout, expiry). */
    String LOGGED_OUT = "LOGGED_OUT";
    /** End reason: someone signed in to another account in the assisted browser session. */
    String SIGNED_IN_ELSEWHERE = "SIGNED_IN_ELSEWHERE";

    /** @return null when the customer may be assisted now, else a reason code of this interface; read-only */
    String refusal(long customerId);

    /**
     * Issues a single-use token binding the admin user to the customer, valid {@code custmgr.assist.tokenValidSeconds}.
     * Only its SHA-256 is stored; the caller hands it to the storefront in a POST body and never logs it.
     *
     * @param returnUrl where "Finish session" sends the browser (the admin's customer form), at most 200 characters
     * @return the token
     * @throws AssistanceRefusedException when {@link #refusal} says no
     */
    String issueToken(long customerId, long adminUserId, String returnUrl);

    /**
     * Takes a token up once (storefront): checks it and the rules again, opens the log row and writes the customer's
     * audit record, in one transaction.
     *
     * @param ipAddress the client IP of the request presenting it
     * @throws io.custmgr.common.mailedlink.service.MailedLinkRefusedException unknown (also an altered token), expired
     *         or used
     * @throws AssistanceRefusedException the customer may not be assisted any more, or the admin user is inactive
     */
    AssistedSession start(String token, String ipAddress);

    /** Counts a storefront page viewed in the session (a statement of its own, no transaction needed). */
    void pageViewed(AssistedSession session);

    /** Records that the admin placed the order in the session: log, order attribution, audit trail. */
    void orderPlaced(AssistedSession session, long orderId, String orderNumber);

    /**
     * Closes the log row with the reason and writes the audit record, once: later calls do nothing.
     *
     * @return whether this call closed it
     */
    boolean finish(AssistedSession session, String reason);

    /** @return the log's sessions matching the filter, newest first, each with the orders placed in it */
    List<AssistanceEntry> findEntries(AssistanceLogFilter filter, int start, int max);

    long countEntries(AssistanceLogFilter filter);

    /** @return the session, or null */
    AssistanceEntry findEntry(long logId);

    /** @return the login of the admin user who placed the order while signed in as its customer, or null */
    String findAssistingAdmin(long orderId);
}
