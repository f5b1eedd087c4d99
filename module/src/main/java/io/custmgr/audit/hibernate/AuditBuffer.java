package io.custmgr.audit.hibernate;

import io.custmgr.audit.domain.AdminAuditRecordImpl;
import io.custmgr.audit.domain.CustomerAuditRecordImpl;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import org.broadleafcommerce.profile.core.domain.CustomerAddressImpl;
import org.hibernate.Session;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.spi.EventSource;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The audit entries of one session's transaction (customer changes and changes in the module's admin sections), written just before it commits — in it, with the session itself, as
 * Hibernate Envers does — so a change and its audit lines commit or roll back together. Dropped on rollback.
 */
final class AuditBuffer implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

    private static final Map<SessionImplementor, AuditBuffer> OPEN = new WeakHashMap<SessionImplementor, AuditBuffer>();

    private final AuditActor actor;
    private final List<CustomerAuditEntry> entries = new ArrayList<CustomerAuditEntry>();
    private final List<AdminAuditEntry> sectionEntries = new ArrayList<AdminAuditEntry>();

    private AuditBuffer(AuditActor actor) {
        this.actor = actor;
    }

    /** The session's buffer for its current transaction, registered with the session on first use. */
    static AuditBuffer of(EventSource session, AuditActor actor) {
        synchronized (OPEN) {
            AuditBuffer buffer = OPEN.get(session);
            if (buffer == null) {
                buffer = new AuditBuffer(actor);
                OPEN.put(session, buffer);
                session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) buffer);
                session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) buffer);
            }
            return buffer;
        }
    }

    void addAll(List<CustomerAuditEntry> more) {
        entries.addAll(more);
    }

    void add(AdminAuditEntry sectionEntry) {
        sectionEntries.add(sectionEntry);
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        forget(session);
        Session hibernate = (Session) session;
        Map<Long, Object[]> addressOwners = addressOwners(hibernate);
        Date now = new Date();
        for (CustomerAuditEntry entry : entries) {
            CustomerAuditEntry resolved = entry;
            if (entry.getCustomerId() == null && entry.getAddressId() != null) {
                Object[] owner = addressOwners.get(entry.getAddressId());
                resolved = owner == null ? null : entry.forCustomer((Long) owner[0], (String) owner[1]);
            }
            if (resolved != null && resolved.getCustomerId() != null) {
                hibernate.save(new CustomerAuditRecordImpl(resolved, actor, now));
            }
        }
        for (AdminAuditEntry entry : sectionEntries) {
            hibernate.save(new AdminAuditRecordImpl(entry, actor, now));
        }
        hibernate.flush();
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SessionImplementor session) {
        forget(session); // after a rollback the entries go with the changes
    }

    private static void forget(SessionImplementor session) {
        synchronized (OPEN) {
            OPEN.remove(session);
        }
    }

    /** Changed address rows that belong to a customer (order addresses do not): customer id and address name. */
    private Map<Long, Object[]> addressOwners(Session session) {
        Set<Long> addressIds = new HashSet<Long>();
        for (CustomerAuditEntry entry : entries) {
            if (entry.getCustomerId() == null && entry.getAddressId() != null) {
                addressIds.add(entry.getAddressId());
            }
        }
        Map<Long, Object[]> owners = new HashMap<Long, Object[]>();
        if (addressIds.isEmpty()) {
            return owners;
        }
        List<?> rows = session.createQuery("SELECT ca.address.id, ca.customer.id, ca.addressName FROM "
                + CustomerAddressImpl.class.getName() + " ca WHERE ca.address.id IN (:ids)")
                .setParameterList("ids", addressIds).list();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            owners.put((Long) columns[0], new Object[] { columns[1], columns[2] });
        }
        return owners;
    }
}
