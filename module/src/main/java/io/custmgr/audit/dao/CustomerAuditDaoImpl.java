package io.custmgr.audit.dao;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.domain.CustomerAuditRecordImpl;
import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmCustomerAuditDao")
public class CustomerAuditDaoImpl implements CustomerAuditDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<CustomerAuditRecord> readRecords(Long customerId, int start, int max) {
        return em.createQuery("SELECT r FROM " + CustomerAuditRecordImpl.class.getName() + " r"
                + " WHERE r.customerId = :customerId ORDER BY r.eventTime DESC, r.id DESC", CustomerAuditRecord.class)
                .setParameter("customerId", customerId)
                .setFirstResult(start)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countRecords(Long customerId) {
        return em.createQuery("SELECT COUNT(r) FROM " + CustomerAuditRecordImpl.class.getName() + " r"
                + " WHERE r.customerId = :customerId", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }

    @Override
    public void save(CustomerAuditRecord record) {
        em.persist(record);
    }
}
