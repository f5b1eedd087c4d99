package io.custmgr.common.hibernate;

import org.hibernate.Session;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.EventSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * New entities a Hibernate event listener wants saved in the transaction whose change it saw: a listener may not save
 * while the session flushes, so they are saved with the session just before the transaction commits (as Hibernate
 * Envers does) and the change and its records commit or roll back together; a rollback drops them. For plain records;
 * the audit trail's buffer does the same with its own resolution step.
 */
public final class BeforeCommitSaves implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

    private static final Map<SessionImplementor, BeforeCommitSaves> OPEN =
            new WeakHashMap<SessionImplementor, BeforeCommitSaves>();

    private final List<Object> entities = new ArrayList<Object>();

    private BeforeCommitSaves() {
    }

    /** Saves {@code entity} with {@code session} just before its current transaction commits. */
    public static void add(EventSource session, Object entity) {
        synchronized (OPEN) {
            BeforeCommitSaves saves = OPEN.get(session);
            if (saves == null) {
                saves = new BeforeCommitSaves();
                OPEN.put(session, saves);
                session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) saves);
                session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) saves);
            }
            saves.entities.add(entity);
        }
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        forget(session);
        Session hibernate = (Session) session;
        for (Object entity : entities) {
            hibernate.save(entity);
        }
        hibernate.flush();
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SessionImplementor session) {
        forget(session);
    }

    private static void forget(SessionImplementor session) {
        synchronized (OPEN) {
            OPEN.remove(session);
        }
    }
}
