package io.custmgr.audit.service;

import io.custmgr.audit.dao.AdminAuditDao;
import io.custmgr.audit.domain.AdminAuditRecord;
import io.custmgr.audit.domain.AdminAuditRecordImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmAdminAuditService")
public class AdminAuditServiceImpl implements AdminAuditService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmAdminAuditDao")
    protected AdminAuditDao auditDao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AdminAuditRecord> findRecords(String section, int start, int max) {
        return auditDao.readRecords(section, start, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countRecords(String section) {
        return auditDao.countRecords(section);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AdminAuditRecord> findRecordsOf(Class<?> entityType, Object entityId, int start, int max) {
        return auditDao.readRecordsOf(entityType, entityId, start, max);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countRecordsOf(Class<?> entityType, Object entityId) {
        return auditDao.countRecordsOf(entityType, entityId);
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void recordChange(AdminAuditEntry entry, AuditActor actor) {
        em.persist(new AdminAuditRecordImpl(entry, actor == null ? AuditActor.system() : actor, new Date()));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> findSections() {
        return auditDao.readSections();
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRES_NEW)
    public void recordAction(AdminAuditEntry entry) {
        recordAction(entry, AuditActors.currentAdmin());
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRES_NEW)
    public void recordAction(AdminAuditEntry entry, AuditActor actor) {
        em.persist(new AdminAuditRecordImpl(entry, actor == null ? AuditActor.system() : actor, new Date()));
    }
}
