package io.custmgr.common.hibernate;

import io.custmgr.common.tx.AfterCommit;
import org.hibernate.CacheMode;
import org.hibernate.Session;

import javax.persistence.EntityManager;

/**
 * For set-based statements (guest claim, account merge) that change rows behind Hibernate's back, the part that stays
 * inside the transaction: the session forgets what it holds and, until the transaction ends, neither reads from nor
 * writes to the shared second-level cache, so Hibernate reads in the same transaction see the statements' changes.
 * The shared cache itself is not touched here: it is emptied once, after commit, by {@link CustomerDataCaches}.
 */
public final class EntityCaches {

    private EntityCaches() {
    }

    /**
     * Writes the session's pending changes first (nothing of the session may be written after the SQL), then empties
     * the session. Call it after the statements and before reading their rows through Hibernate; cheap to repeat.
     */
    public static void forgetSession(EntityManager em) {
        em.flush();
        em.clear();
        final Session session = em.unwrap(Session.class);
        final CacheMode before = session.getCacheMode();
        if (before != CacheMode.IGNORE) {
            session.setCacheMode(CacheMode.IGNORE); // the cache may hold the rows as they were before the SQL
            AfterCommit.onCompletion(new Runnable() {
                @Override
                public void run() {
                    session.setCacheMode(before); // a request-long session goes on using the cache
                }
            });
        }
    }
}
