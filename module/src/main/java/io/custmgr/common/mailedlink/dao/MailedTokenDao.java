package io.custmgr.common.mailedlink.dao;

import io.custmgr.common.mailedlink.service.MailedLink;

import java.util.Date;

/** Rows of {@code CM_MAILED_TOKEN}, by token hash. Call inside a transaction. */
public interface MailedTokenDao {

    void insert(String tokenHash, MailedLink link);

    /** @return the link, or null */
    MailedLink read(String tokenHash);

    /** Counts a visit of the link. */
    void countAttempt(String tokenHash);

    /**
     * Marks the link used if it is still open and not expired at {@code now}; of two transactions doing this at the
     * same time, the second waits for the first and then changes nothing.
     *
     * @return whether this call took the link up
     */
    boolean markUsed(String tokenHash, Date now);
}
