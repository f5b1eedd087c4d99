package io.custmgr.customer.confirmation.dao;

import java.util.Date;

/** {@code CM_EMAIL_CONFIRMATION}, with JDBC (bean {@code cmEmailConfirmationDao}). Joins the caller's transaction. */
public interface EmailConfirmationDao {

    /** Starts (or restarts, for the address given) a pending confirmation of the customer. */
    void savePending(long customerId, String emailAddress, Date requested);

    /** @return whether the customer has a pending confirmation */
    boolean isPending(long customerId);

    /** @return the customer's row, or null when none */
    EmailConfirmationState readState(long customerId);

    /**
     * Records that a link is being mailed, unless one was mailed after {@code sentBefore} (double clicks, a script
     * asking again and again) or the confirmation is no longer pending. One conditional update: of two requests at
     * the same time, one wins.
     *
     * @return whether the caller may mail the link
     */
    boolean claimSending(long customerId, Date now, Date sentBefore);

    /** @return whether this call confirmed a pending confirmation */
    boolean markConfirmed(long customerId, Date when);
}
