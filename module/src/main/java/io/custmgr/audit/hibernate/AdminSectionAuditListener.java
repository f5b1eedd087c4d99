package io.custmgr.audit.hibernate;

import io.custmgr.audit.domain.AdminAudited;
import io.custmgr.audit.domain.AdminAuditedPart;
import io.custmgr.audit.hibernate.FieldDiffs.FieldDiff;
import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.common.async.RateLimitedWarning;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import java.io.Serializable;
import java.util.List;

/**
 * Turns an admin user's add, update or delete of an {@link AdminAudited} entity (the module's admin sections) into one
 * admin audit entry with the changed fields before and after, written by the {@link AuditBuffer} in the admin's own
 * transaction as the customer audit's entries are. Changes without an admin behind them are not recorded. Never
 * throws into Hibernate.
 */
public class AdminSectionAuditListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private static final long serialVersionUID = 1L;
    private static final Log LOG = LogFactory.getLog(AdminSectionAuditListener.class);
    private static final RateLimitedWarning WARNING = new RateLimitedWarning(LOG, 60000L);

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        record(event.getSession(), event.getEntity(), event.getId(), persister, AdminAuditAction.CREATED,
                new Object[event.getState().length], event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getOldState() != null) {
            record(event.getSession(), event.getEntity(), event.getId(), event.getPersister(),
                    AdminAuditAction.UPDATED, event.getOldState(), event.getState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Object[] deleted = event.getDeletedState();
        record(event.getSession(), event.getEntity(), event.getId(), event.getPersister(), AdminAuditAction.DELETED,
                deleted, new Object[deleted.length]);
    }

    private static void record(EventSource session, Object entity, Serializable id, EntityPersister persister,
            AdminAuditAction action, Object[] before, Object[] after) {
        try {
            AdminAudited audited = entity == null ? null : entity.getClass().getAnnotation(AdminAudited.class);
            if (audited == null) {
                return;
            }
            AuditActor admin = AuditActors.currentAdmin();
            if (admin == null) {
                return;
            }
            List<FieldDiff> diffs = FieldDiffs.diff(persister.getPropertyNames(), persister.getPropertyTypes(),
                    before, after);
            if (diffs.isEmpty() && action == AdminAuditAction.UPDATED) {
                return;
            }
            StringBuilder oldValues = new StringBuilder();
            StringBuilder newValues = new StringBuilder();
            for (FieldDiff diff : diffs) {
                line(oldValues, diff.path, diff.beforeText());
                line(newValues, diff.path, diff.afterText());
            }
            AuditBuffer.of(session, admin).add(new AdminAuditEntry(audited.section(), entity.getClass().getName(),
                    id == null ? null : String.valueOf(id), label(entity, persister, before, after), action,
                    action == AdminAuditAction.CREATED ? null : oldValues.toString(),
                    action == AdminAuditAction.DELETED ? null : newValues.toString())
                    .ownedBy(entity instanceof AdminAuditedPart ? ((AdminAuditedPart) entity).getAuditOwner() : null));
        } catch (RuntimeException e) {
            WARNING.warn("Admin audit: a change could not be recorded", e);
        }
    }

    private static void line(StringBuilder text, String field, String value) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : "\n").append(field).append(": ").append(value);
        }
    }

    /** The record's name: its main entity name (a deleted entity keeps its values), else its {@code name} property. */
    private static String label(Object entity, EntityPersister persister, Object[] before, Object[] after) {
        if (entity instanceof AdminMainEntity) {
            return ((AdminMainEntity) entity).getMainEntityName();
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if ("name".equals(names[i])) {
                Object value = after[i] != null ? after[i] : before[i];
                return value == null ? null : String.valueOf(value);
            }
        }
        return null;
    }
}
