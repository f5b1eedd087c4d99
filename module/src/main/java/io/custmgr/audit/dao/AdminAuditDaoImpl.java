package io.custmgr.audit.dao;

import io.custmgr.audit.domain.AdminAuditRecord;
import io.custmgr.audit.domain.AdminAuditedPart;
import io.custmgr.audit.domain.AdminAuditRecordImpl;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

@Repository("cmAdminAuditDao")
public class AdminAuditDaoImpl implements AdminAuditDao {

    private static final String FROM = " FROM " + AdminAuditRecordImpl.class.getName() + " r";
    private static final String OF_ENTITY = " WHERE (r.entityId = :id AND r.entityType = :type) OR r.owner = :owner";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<AdminAuditRecord> readRecords(String section, int start, int max) {
        return bySection(em.createQuery("SELECT r" + FROM + where(section) + " ORDER BY r.eventTime DESC, r.id DESC",
                AdminAuditRecord.class), section)
                .setFirstResult(start)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countRecords(String section) {
        return bySection(em.createQuery("SELECT COUNT(r)" + FROM + where(section), Long.class), section)
                .getSingleResult();
    }

    @Override
    public List<String> readSections() {
        return em.createQuery("SELECT DISTINCT r.section" + FROM + " ORDER BY r.section", String.class)
                .getResultList();
    }

    @Override
    public List<AdminAuditRecord> readRecordsOf(Class<?> entityType, Object entityId, int start, int max) {
        return ofEntity(em.createQuery("SELECT r" + FROM + OF_ENTITY + " ORDER BY r.eventTime DESC, r.id DESC",
                AdminAuditRecord.class), entityType, entityId)
                .setFirstResult(start)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countRecordsOf(Class<?> entityType, Object entityId) {
        return ofEntity(em.createQuery("SELECT COUNT(r)" + FROM + OF_ENTITY, Long.class), entityType, entityId)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> ofEntity(TypedQuery<T> query, Class<?> entityType, Object entityId) {
        return query.setParameter("type", entityType.getName()).setParameter("id", String.valueOf(entityId))
                .setParameter("owner", AdminAuditedPart.ownerKey(entityType, entityId));
    }

    private static String where(String section) {
        return section == null ? "" : " WHERE r.section = :section";
    }

    private static <T> TypedQuery<T> bySection(TypedQuery<T> query, String section) {
        return section == null ? query : query.setParameter("section", section);
    }
}
