package io.custmgr.audit;

import io.custmgr.activity.domain.ActivityEventTypeSetting;
import io.custmgr.audit.domain.AdminAuditRecord;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActorSource;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every admin add, update and delete in the module's sections leaves one admin audit record, written in the admin's
 * transaction: who, from where, which section and record, what changed; a rolled-back change leaves none, and so does
 * a change without an admin user behind it. Entities are made through {@code blEntityConfiguration} and named by their
 * interfaces: an entity class loaded before the context would escape Broadleaf's class transformers.
 */
@BroadleafIntegrationTest
class AdminAuditIT {

    private static final AuditActor ALICE = AuditActor.admin(7L, "alice", "10.0.0.7");

    @Resource(name = "cmAdminAuditService")
    AdminAuditService auditService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    AuditActor signedInAdmin = ALICE;
    final AuditActorSource admins = new AuditActorSource() {
        @Override
        public AuditActor currentAdmin() {
            return signedInAdmin;
        }
    };
    final List<Object[]> created = new ArrayList<Object[]>();

    @BeforeEach
    void signInAdmin() {
        ListenerBridge.register(AuditActorSource.class, admins);
    }

    @AfterEach
    void cleanUp() {
        ListenerBridge.unregister(AuditActorSource.class, admins);
        signedInAdmin = null;
        inTransaction(true, new Work() {
            public Object on(EntityManager em) {
                for (Object[] entity : created) {
                    Object found = em.find((Class<?>) entity[0], entity[1]);
                    if (found != null) {
                        em.remove(found);
                    }
                }
                return null;
            }
        });
    }

    @Test
    void addingChangingAndDeletingABlockedIpEachLeaveARecordWithWhoWhereAndWhat() {
        final Long id = add(newBlockedIp("203.0.113.0/24", "spam wave"));
        update(BlockedIp.class, id, new Change<BlockedIp>() {
            public void on(BlockedIp block) {
                block.setReason("second wave");
            }
        });
        delete(BlockedIp.class, id);

        List<AdminAuditRecord> records = records("Blocked IPs", id);
        assertEquals(3, records.size(), "add, update, delete");
        AdminAuditRecord deleted = records.get(0);
        assertEquals("DELETED", deleted.getAction());
        assertEquals("alice", deleted.getActorName());
        assertEquals(Long.valueOf(7L), deleted.getAdminUserId());
        assertEquals("10.0.0.7", deleted.getIpAddress());
        assertEquals("io.custmgr.ipblock.domain.BlockedIpImpl", deleted.getEntityType());
        assertEquals("203.0.113.0/24", deleted.getEntityLabel());
        assertTrue(deleted.getOldValues().contains("reason: second wave"), deleted.getOldValues());
        assertNull(deleted.getNewValues());
        AdminAuditRecord updated = records.get(1);
        assertEquals("UPDATED", updated.getAction());
        assertEquals("reason: spam wave", updated.getOldValues());
        assertEquals("reason: second wave", updated.getNewValues());
        AdminAuditRecord added = records.get(2);
        assertEquals("CREATED", added.getAction());
        assertNull(added.getOldValues());
        assertTrue(added.getNewValues().contains("address: 203.0.113.0/24"), added.getNewValues());
    }

    @Test
    void customerGroupChangesAreRecordedInTheirSection() {
        final String name = "Audited " + UUID.randomUUID().toString().substring(0, 8);
        CustomerGroup group = create(CustomerGroup.class);
        group.setName(name);
        final Long id = add(group);
        update(CustomerGroup.class, id, new Change<CustomerGroup>() {
            public void on(CustomerGroup changed) {
                changed.setDescription("VIP buyers");
            }
        });
        delete(CustomerGroup.class, id);

        assertEquals(actions("DELETED", "UPDATED", "CREATED"), actions(records("Customer Groups", id)));
        assertEquals("description: VIP buyers", records("Customer Groups", id).get(1).getNewValues());
    }

    @Test
    void disposableDomainChangesAreRecordedInTheirSection() {
        final String domain = "audit-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        DisposableDomain entry = create(DisposableDomain.class);
        entry.setDomain(domain);
        final Long id = add(entry);
        update(DisposableDomain.class, id, new Change<DisposableDomain>() {
            public void on(DisposableDomain changed) {
                changed.setDomain("changed-" + domain);
            }
        });
        delete(DisposableDomain.class, id);

        List<AdminAuditRecord> records = records("Disposable E-mail Domains", id);
        assertEquals(actions("DELETED", "UPDATED", "CREATED"), actions(records));
        assertEquals("domain: " + domain, records.get(1).getOldValues());
    }

    @Test
    void switchingAnActivityEventTypeIsRecordedInItsSection() {
        final ActivityEventTypeSetting setting = create(ActivityEventTypeSetting.class);
        setting.setTypeCode("CM_AUDIT_" + UUID.randomUUID().toString().substring(0, 8));
        setting.setName("Audited type");
        final Long id = add(setting);
        update(ActivityEventTypeSetting.class, id, new Change<ActivityEventTypeSetting>() {
            public void on(ActivityEventTypeSetting changed) {
                changed.setEnabled(false);
            }
        });
        delete(ActivityEventTypeSetting.class, id);

        List<AdminAuditRecord> records = records("Activity Event Types", id);
        assertEquals(actions("DELETED", "UPDATED", "CREATED"), actions(records));
        AdminAuditRecord switched = records.get(1);
        assertEquals("Audited type", switched.getEntityLabel());
        assertEquals("enabled: true", switched.getOldValues());
        assertEquals("enabled: false", switched.getNewValues());
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        final Long id = add(newBlockedIp("203.0.113.0/25", "kept"));
        inTransaction(false, new Work() {
            public Object on(EntityManager em) {
                find(em, BlockedIp.class, id).setReason("rolled back");
                em.flush();
                return null;
            }
        });
        inTransaction(false, new Work() {
            public Object on(EntityManager em) {
                em.remove(find(em, BlockedIp.class, id));
                em.flush();
                return null;
            }
        });
        final BlockedIp neverAdded = newBlockedIp("203.0.113.128/25", "rolled back");
        inTransaction(false, new Work() {
            public Object on(EntityManager em) {
                em.persist(neverAdded);
                em.flush();
                return null;
            }
        });

        assertEquals(actions("CREATED"), actions(records("Blocked IPs", id)), "only the committed add");
        assertEquals(0, records("Blocked IPs", neverAdded.getId()).size(), "nothing for the rolled-back add");
    }

    @Test
    void aChangeWithoutAnAdminUserBehindItLeavesNoRecord() {
        signedInAdmin = null;
        Long id = add(newBlockedIp("203.0.113.0/26", "start-up"));

        assertEquals(0, records("Blocked IPs", id).size());
    }

    private BlockedIp newBlockedIp(String range, String reason) {
        BlockedIp block = create(BlockedIp.class);
        block.setAddress(range);
        block.setReason(reason);
        return block;
    }

    private List<AdminAuditRecord> records(String section, Long entityId) {
        List<AdminAuditRecord> mine = new ArrayList<AdminAuditRecord>();
        for (AdminAuditRecord record : auditService.findRecords(section, 0, 1000)) {
            if (String.valueOf(entityId).equals(record.getEntityId())) {
                mine.add(record);
            }
        }
        return mine;
    }

    private static List<String> actions(List<AdminAuditRecord> records) {
        List<String> actions = new ArrayList<String>();
        for (AdminAuditRecord record : records) {
            actions.add(record.getAction());
        }
        return actions;
    }

    private static List<String> actions(String... actions) {
        List<String> list = new ArrayList<String>();
        for (String action : actions) {
            list.add(action);
        }
        return list;
    }

    private Long add(final Object entity) {
        Long id = (Long) inTransaction(true, new Work() {
            public Object on(EntityManager em) {
                em.persist(entity);
                em.flush();
                return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            }
        });
        created.add(new Object[] {entity.getClass(), id});
        return id;
    }

    private <T> T create(Class<T> type) {
        return type.cast(entityConfiguration.createEntityInstance(type.getName()));
    }

    /** @return the entity of the interface's mapped class */
    private <T> T find(EntityManager em, Class<T> type, Object id) {
        return type.cast(em.find(entityConfiguration.lookupEntityClass(type.getName()), id));
    }

    private <T> void update(final Class<T> type, final Long id, final Change<T> change) {
        inTransaction(true, new Work() {
            public Object on(EntityManager em) {
                change.on(find(em, type, id));
                return null;
            }
        });
    }

    private void delete(final Class<?> type, final Long id) {
        inTransaction(true, new Work() {
            public Object on(EntityManager em) {
                em.remove(find(em, type, id));
                return null;
            }
        });
    }

    private Object inTransaction(final boolean commit, final Work work) {
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                Object result = work.on(EntityManagerFactoryUtils.getTransactionalEntityManager(
                        transactionManager.getEntityManagerFactory()));
                if (!commit) {
                    status.setRollbackOnly();
                }
                return result;
            }
        });
    }

    private interface Work {
        Object on(EntityManager em);
    }

    private interface Change<T> {
        void on(T entity);
    }
}
