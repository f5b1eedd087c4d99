package io.custmgr.audit.dao;

import io.custmgr.audit.domain.AdminAuditRecord;
import io.custmgr.audit.domain.AdminAuditRecordImpl;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

@Repository("cmAdminAuditDao")
public class AdminAuditDaoImpl implements AdminAuditDao {

    private static final String FROM = " FROM " + AdminAuditRecordImpl.class.getName() + " r";

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

    private static String where(String section) {
        return section == null ? "" : " WHERE r.section = :section";
    }

    private static <T> TypedQuery<T> bySection(TypedQuery<T> query, String section) {
        return section == null ? query : query.setParameter("section", section);
    }
}
