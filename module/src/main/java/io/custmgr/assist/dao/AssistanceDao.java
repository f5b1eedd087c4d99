package io.custmgr.assist.dao;

import io.custmgr.assist.service.AssistanceEntry;
import io.custmgr.assist.service.AssistanceLogFilter;

import java.util.Date;
import java.util.List;

/**
 * The assistance log ({@code CM_ASSIST_SESSION}, {@code CM_ASSISTED_ORDER}) and what "Login as customer" reads of
 * customers and admin users. Writes join the caller's transaction (or commit on their own without one).
 */
public interface AssistanceDao {

    /** @return the customer's row as the rules need it, or null when there is no such customer */
    AssistanceCandidate readCandidate(long customerId);

    /**
     * @return whether an admin user's login or e-mail address equals (ignoring case and surrounding blanks) the given
     *         user name or e-mail address; nulls are ignored
     */
    boolean isAdminUserAccount(String username, String emailAddress);

    /** @return the login of the admin user, or null when there is none or it is not active */
    String readActiveAdminLogin(long adminUserId);

    /** @return the id of the new log row, open */
    long insertSession(long adminUserId, String adminName, long customerId, String customerLabel, Date started,
            String ipAddress);

    /** Closes the row if it is open; @return whether this call closed it */
    boolean endSession(long logId, String reason, Date ended);

    void countPageView(long logId);

    /** Records the order as placed in the session and counts it. */
    void insertOrder(long logId, long adminUserId, String adminName, long orderId, String orderNumber, Date placed);

    /** @return the session, or null */
    AssistanceEntry readSession(long logId);

    /** @return the matching sessions, newest first, with their orders (two queries whatever the page size) */
    List<AssistanceEntry> readSessions(AssistanceLogFilter filter, int start, int max);

    long countSessions(AssistanceLogFilter filter);

    /** @return the login of the admin user who placed the order while assisting its customer, or null */
    String readAssistingAdmin(long orderId);
}
